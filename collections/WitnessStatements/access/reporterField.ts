import type { FieldAccess } from 'payload'
import { memberWithRole } from '@/access/member'

/** The declaration is the witness's own: only the reporter (on their own statement, by row access) ticks it. */
export const reporterField: FieldAccess = ({ req }) =>
  memberWithRole(req, 'member', 'business-manager') !== null
