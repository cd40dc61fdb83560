import type { Access } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'

/**
 * Only a business manager with a business on record accepts the scheme's terms, for that business; who and
 * which business come from the session (`takeAcceptorFromSession`).
 */
export const createAcceptance: Access = ({ req }) =>
  businessOf(memberWithRole(req, 'business-manager')) !== null
