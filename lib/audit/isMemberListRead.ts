import type { PayloadRequest, Where } from 'payload'
import { accountOf } from '@/access/accountOf'

/** The parts of a read operation's arguments that say what kind of read it is. */
export type ReadArgs = {
  id?: unknown
  overrideAccess?: boolean
  disableErrors?: boolean
  pagination?: boolean
  limit?: unknown
  where?: Where
}

const pinsIds = (where: Where | undefined) => {
  const first = Array.isArray(where?.and) ? where.and[0] : where
  return Array.isArray((first?.id as { in?: unknown } | undefined)?.in)
}

/**
 * Whether a collection read is a member's list read (docs/audit-chain.md, "List reads"): a find, not a
 * findByID, under the member's own access (REST leaves `overrideAccess` unset; server code acting for the
 * scheme passes `true`). Payload's own lookups of given ids are not: populating the relationships of a
 * record just read (that read is the list read) and checking the ids a write links against the caller's
 * access (`filterOptions`). Both pass `disableErrors` and `pagination: false` with an `id in` filter, which
 * a REST request cannot set (it has no `disableErrors`).
 */
export const isMemberListRead = (args: ReadArgs, req: PayloadRequest): boolean => {
  if (args.id !== undefined || args.overrideAccess === true) return false
  if (accountOf(req)?.collection !== 'members') return false
  const payloadIdLookup = args.disableErrors === true && args.pagination === false && pinsIds(args.where)
  return !payloadIdLookup
}
