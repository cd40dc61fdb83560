import type { CollectionAfterOperationHook, PaginatedDocs } from 'payload'
import { auditMemberListRead } from './auditMemberListRead'
import { isMemberListRead, type ReadArgs } from './isMemberListRead'

/**
 * Collection `afterOperation` hook for offenders and incidents: one audit entry per list read by a member,
 * with the ids it returned (boundMemberListRead has already capped and counted it). Relationships Payload
 * populates for that read are part of it and write nothing of their own.
 */
export const auditMemberListReadResult: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'find' || !isMemberListRead(args as ReadArgs, req)) return result
  const page = result as PaginatedDocs<{ id: number | string }>
  await auditMemberListRead(req, {
    collection: collection.slug as 'offenders' | 'incidents',
    ids: page.docs.map((doc) => Number(doc.id)),
    page: page.page ?? 1,
    totalPages: page.totalPages,
    totalDocs: page.totalDocs,
    via: req.payloadAPI === 'REST' ? 'REST' : 'local',
  })
  return result
}
