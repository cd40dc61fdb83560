import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { relationId } from '@/access/relationId'
import type { ExclusionNotice } from '@/payload-types'
import { mirrorOnProfile } from './mirrorOnProfile'

/** After a notice changes, the profile's mirror follows (both profiles, if the notice moved between them). */
export const syncProfileMirror: CollectionAfterChangeHook<ExclusionNotice> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const ids = new Set([relationId(doc.offender), relationId(previousDoc?.offender)])
  for (const id of ids) if (id !== null) await mirrorOnProfile(req, id)
  return doc
}

/** A deleted notice no longer drives its profile's mirror. */
export const syncProfileMirrorAfterDelete: CollectionAfterDeleteHook<ExclusionNotice> = async ({
  doc,
  req,
}) => {
  const id = relationId(doc?.offender)
  if (id !== null) await mirrorOnProfile(req, id)
}
