import 'server-only'
import type { Where } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { relationKey } from '@/access/relationKey'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { recordLabel } from '@/lib/format/recordLabel'

/**
 * Reports this member may see, newest first: their business's for business staff, everything for
 * police, the remit for partners (the access rules decide; this only pages and filters).
 */
export const listReports = async (
  member: MemberAccount,
  options: { page?: number; type?: string; limit?: number } = {},
) => {
  const payload = await getPayloadClient()
  const where: Where | undefined = options.type ? { type: { equals: options.type } } : undefined
  const result = await payload.find({
    collection: 'incidents',
    where,
    sort: '-occurredAt',
    page: options.page ?? 1,
    limit: options.limit ?? 25,
    depth: 1,
    populate: {
      businesses: { name: true },
      'incident-types': { label: true },
      'police-outcomes': { label: true },
    },
    select: {
      type: true,
      occurredAt: true,
      summary: true,
      status: true,
      business: true,
      police: { crimeReference: true, outcome: true },
    },
    user: member,
    overrideAccess: false,
  })
  return {
    reports: result.docs.map((doc) => ({
      id: doc.id,
      type: relationKey(doc.type),
      typeLabel: recordLabel(doc.type),
      occurredAt: doc.occurredAt,
      summary: doc.summary,
      status: doc.status,
      businessName: typeof doc.business === 'object' && doc.business ? doc.business.name : null,
      crimeReference: doc.police?.crimeReference ?? null,
      outcome: relationKey(doc.police?.outcome),
      outcomeLabel: recordLabel(doc.police?.outcome),
    })),
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
