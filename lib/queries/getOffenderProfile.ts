import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import type { PatternIncident } from '@/lib/patterns/types'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

/**
 * A profile as this member may see it, with the incidents behind its pattern of offending: only those
 * linked incidents the viewer may read (a business sees its own; police all). Null when not visible.
 */
export const getOffenderProfile = async (member: MemberAccount, id: number) => {
  const payload = await getPayloadClient()
  const offender = await payload.findByID({
    collection: 'offenders',
    id,
    depth: 1,
    populate: { offenders: { displayName: true } },
    select: {
      displayName: true,
      aliases: true,
      gallery: true,
      photos: true,
      appearance: true,
      warningMarkers: true,
      modusOperandi: true,
      associates: true,
      exclusion: true,
      lastIncidentAt: true,
      policeNotes: true,
    },
    joins: false,
    disableErrors: true,
    user: member,
    overrideAccess: false,
  })
  if (!offender) return null
  const linked = await payload.find({
    collection: 'incidents',
    where: { offenders: { contains: id } },
    sort: '-occurredAt',
    limit: 2000,
    // No count query (the rows are the count) and no populating per row: a busy profile has hundreds of
    // reports, and the business names come from one query below.
    pagination: false,
    depth: 0,
    select: { occurredAt: true, type: true, business: true, valueLost: true, valueRecovered: true },
    user: member,
    overrideAccess: false,
  })
  const businessIds = [
    ...new Set(linked.docs.map((doc) => relationId(doc.business)).filter((id) => id !== null)),
  ]
  const businesses = businessIds.length
    ? await payload.find({
        collection: 'businesses',
        where: { id: { in: businessIds } },
        select: { name: true },
        limit: businessIds.length,
        pagination: false,
        depth: 0,
        user: member,
        overrideAccess: false,
      })
    : { docs: [] }
  const businessName = new Map(businesses.docs.map((business) => [business.id, business.name]))
  const incidents: PatternIncident[] = linked.docs.map((doc) => ({
    occurredAt: doc.occurredAt,
    type: doc.type,
    businessName: businessName.get(relationId(doc.business) ?? -1) ?? 'A member business',
    valueLost: doc.valueLost,
    valueRecovered: doc.valueRecovered,
  }))
  return {
    offender: {
      ...offender,
      photoIds: relationIds(offender.photos),
    },
    incidents,
    recent: linked.docs
      .slice(0, 10)
      .map((doc) => ({ id: doc.id, occurredAt: doc.occurredAt, type: doc.type })),
    totalIncidents: linked.docs.length,
  }
}
