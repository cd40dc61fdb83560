import type { PayloadRequest } from 'payload'
import { recordAudit } from './recordAudit'
import { recordNoun } from './recordNoun'

export type ListRead = {
  collection: 'offenders' | 'incidents'
  /** The ids returned, in the order shown. */
  ids: number[]
  page: number
  totalPages: number
  totalDocs: number
  /** Which door: Payload's API (Local or REST), or a raw-SQL page query (the gallery, a profile's reports). */
  via: 'local' | 'REST' | 'gallery' | 'profile'
}

const doors = { local: '', REST: 'through the API, ', gallery: 'gallery, ', profile: "a profile's reports, " }

/**
 * One audit entry per list read by a member, listing the ids it returned (docs/audit-chain.md): who saw
 * which profiles or reports, without one entry per row. A read that returned nothing showed nothing and
 * writes nothing (it still counted against the rate limit). Never the search text, which may be a name.
 */
export const auditMemberListRead = async (req: PayloadRequest, read: ListRead): Promise<void> => {
  if (!read.ids.length) return
  await recordAudit(req, {
    action: 'view',
    summary: `Listed ${read.ids.length} ${recordNoun(read.collection, read.ids.length)} (${doors[read.via]}page ${read.page} of ${read.totalPages}, ${read.totalDocs} in all)`,
    entityCollection: read.collection,
    details: { ids: read.ids, page: read.page, totalDocs: read.totalDocs, via: read.via },
  })
}
