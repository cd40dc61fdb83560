import type { Access, FieldAccess } from 'payload'
import { isContentStaff } from './staff'

export const anyone: Access = () => true

/** For records that nobody may write through any API (the audit log, hook-set fields). */
export const nobody: Access = () => false
export const nobodyField: FieldAccess = () => false

/** Content staff see drafts; everyone else sees published versions only. */
export const publishedOrContentStaff: Access = (args) => {
  if (isContentStaff(args)) return true
  return { _status: { equals: 'published' } }
}
