import type { FieldAccess } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

type NoticeService = { service?: { servedAt?: string | null } | null }

/**
 * Who may write a field of the notice's service block: scheme staff, and police once, while the notice is
 * unserved (the row itself is limited by updateExclusionNotices to notices they can read).
 */
export const writeNoticeService: FieldAccess = ({ req, doc }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (!memberWithRole(req, 'police')) return false
  return !(doc as NoticeService | undefined)?.service?.servedAt
}
