import type { CollectionBeforeChangeHook } from 'payload'
import { relationIds } from '@/access/relationIds'
import { isExclusionActive } from '@/collections/Offenders/exclusions/isExclusionActive'

/**
 * A report involving someone under a red exclusion, at a time the exclusion was in force, is a breach:
 * flagged on the report for staff and police, whoever filed it.
 */
export const flagExclusionBreach: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const ids = relationIds(data.offenders ?? originalDoc?.offenders)
  const occurredAt = data.occurredAt ?? originalDoc?.occurredAt
  if (!ids.length || !occurredAt) return { ...data, exclusionBreach: false }
  const excluded = await req.payload.find({
    collection: 'offenders',
    where: { and: [{ id: { in: ids } }, { 'exclusion.stage': { equals: 'exclusion' } }] },
    select: { exclusion: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    // Exclusion status decides a flag on a report the caller may write; it is not shown to them here.
    overrideAccess: true,
    req,
  })
  const at = new Date(occurredAt)
  const breached = excluded.docs
    .filter((offender) => isExclusionActive(offender.exclusion, at))
    .map((offender) => offender.id)
  return { ...data, exclusionBreach: breached.length > 0, breachOf: breached }
}
