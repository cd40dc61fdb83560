import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { staffOf } from './accountOf'
import type { StaffRole } from './roles'

/** True for staff accounts holding one of the given roles. */
export const hasStaffRole = (req: Pick<PayloadRequest, 'user'>, ...roles: StaffRole[]): boolean => {
  const staff = staffOf(req)
  return Boolean(staff?.roles?.some((role) => roles.includes(role)))
}

/** Admin: everything, including settings and staff accounts. */
export const isAdmin: Access = ({ req }) => hasStaffRole(req, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasStaffRole(req, 'admin')

/** Scheme managers and admins run the scheme's data: offenders, incidents, businesses, members. */
export const isSchemeManager: Access = ({ req }) => hasStaffRole(req, 'admin', 'scheme-manager')
export const isSchemeManagerField: FieldAccess = ({ req }) => hasStaffRole(req, 'admin', 'scheme-manager')

/** Editors (and above) write public content: campaigns, briefings, media and support services. */
export const isContentStaff: Access = ({ req }) => hasStaffRole(req, 'admin', 'scheme-manager', 'editor')

/** Any staff account: the only kind allowed into Payload's admin. */
export const isStaff = ({ req }: { req: Parameters<Access>[0]['req'] }): boolean => staffOf(req) !== null
