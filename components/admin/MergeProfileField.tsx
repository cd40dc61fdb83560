import type { UIFieldServerComponent } from 'payload'
import { mayMergeProfiles } from '@/collections/Offenders/access/mayMergeProfiles'
import { MergeProfileControl } from './MergeProfileControl'

/**
 * "Merge with another profile" in a profile's admin sidebar: drawn only on a saved profile and only for
 * the staff who may merge (the action and `mergeProfiles` check again).
 */
export const MergeProfileField: UIFieldServerComponent = ({ id, req, data }) => {
  const profileId = Number(id)
  if (!Number.isInteger(profileId) || profileId <= 0 || !mayMergeProfiles(req)) return null
  const name = typeof data?.displayName === 'string' ? data.displayName : `profile #${profileId}`
  return <MergeProfileControl profileId={profileId} profileName={name} />
}
