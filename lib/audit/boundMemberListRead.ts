import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { countMemberListRead } from './countMemberListRead'
import { isMemberListRead, type ReadArgs } from './isMemberListRead'
import { refuseOversizedList } from './refuseOversizedList'

/**
 * Collection `beforeOperation` hook for offenders and incidents: a member's list read is refused before
 * anything is read when it asks for more than one page (400), or when the account has used up its list
 * reads for the window (429; docs/audit-chain.md, "List reads"). An oversized request is not counted.
 * It reads its own rows only: join fields (a profile's linked reports, up to 20 each) are left out, or a
 * page of 100 profiles would carry 2,000 reports past the cap and the audit entry.
 */
export const boundMemberListRead: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'read' || !isMemberListRead(args as ReadArgs, req)) return args
  refuseOversizedList(args as ReadArgs)
  const refused = await countMemberListRead(req)
  if (refused) throw new APIError(refused, 429, null, true)
  return { ...args, joins: false }
}
