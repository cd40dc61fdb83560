import type { Access } from 'payload'
import { hasStaffRole } from '@/access/staff'

/**
 * Scheme staff may delete a statement until it is signed. A signed statement is evidence with its signed
 * PDF: it goes only with its report (retention or the report's deletion), never on its own.
 */
export const deleteWitnessStatements: Access = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') ? { status: { not_equals: 'signed' } } : false
