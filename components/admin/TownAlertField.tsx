import type { UIFieldServerComponent } from 'payload'
import { maySendTownAlerts } from '@/collections/TownAlerts/access/sendsTownAlerts'
import { TownAlertButton } from './TownAlertButton'

/**
 * "In town now" in a profile's admin sidebar: drawn only on a saved profile that is in the gallery, and only
 * for the staff who may send (the action checks both again).
 */
export const TownAlertField: UIFieldServerComponent = ({ id, req, data }) => {
  const profileId = Number(id)
  if (!Number.isInteger(profileId) || profileId <= 0 || !maySendTownAlerts(req)) return null
  if (data?.status !== 'approved' || data?.safeguarding === true) return null
  return <TownAlertButton profileId={profileId} />
}
