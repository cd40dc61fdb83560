import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
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
    depth: 1,
    populate: { businesses: { name: true } },
    select: { occurredAt: true, type: true, business: true, valueLost: true, valueRecovered: true },
    user: member,
    overrideAccess: false,
  })
  const incidents: PatternIncident[] = linked.docs.map((doc) => ({
    occurredAt: doc.occurredAt,
    type: doc.type,
    businessName: typeof doc.business === 'object' && doc.business ? doc.business.name : 'A member business',
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
    totalIncidents: linked.totalDocs,
  }
}
