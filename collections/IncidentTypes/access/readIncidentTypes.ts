import type { Access } from 'payload'
import { memberOf } from '@/access/accountOf'
import { hasStaffRole } from '@/access/staff'

/**
 * Scheme staff, and every active member account: the report form offers the types, and each member's lists
 * show their reports' type labels, retired types included. Types hold no personal data.
 */
export const readIncidentTypes: Access = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberOf(req) !== null
