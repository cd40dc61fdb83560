import type { Access } from 'payload'
import { hasStaffRole } from '@/access/staff'
import { witnessStatementDocuments } from './witnessStatementDocuments'

/** Scheme staff read every signed document. */
export const readSignedDocuments: Access = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || witnessStatementDocuments(req)
