import type { PayloadRequest } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'

/**
 * Shop staff with a business answer on their reports' threads. Which report is checked by
 * hooks/takeMessageParties.ts: the reporter themselves, or a business manager of the report's business.
 */
export const mayReplyOnReports = (req: Pick<PayloadRequest, 'user'>): boolean =>
  businessOf(memberWithRole(req, 'member', 'business-manager')) !== null
