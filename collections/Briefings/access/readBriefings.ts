import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { isContentStaff } from '@/access/staff'

/** Staff see drafts; any member account reads every published briefing; the public, public ones only. */
export const readBriefings: Access = (args): AccessResult => {
  if (isContentStaff(args)) return true
  if (memberOf(args.req)) return { _status: { equals: 'published' } }
  return { and: [{ _status: { equals: 'published' } }, { audience: { equals: 'public' } }] }
}
