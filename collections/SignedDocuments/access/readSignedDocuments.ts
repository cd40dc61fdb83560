import type { Access } from 'payload'
import { hasStaffRole } from '@/access/staff'
import { noticeDocuments } from './noticeDocuments'
import { witnessStatementDocuments } from './witnessStatementDocuments'

/**
 * Scheme staff read every signed document; anyone else reads a signed copy only as its record allows: a
 * served notice (noticeDocuments) or a witness statement (witnessStatementDocuments).
 */
export const readSignedDocuments: Access = ({ req }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const readable = [noticeDocuments(req), witnessStatementDocuments(req)].filter(
    (where): where is Exclude<typeof where, false> => where !== false,
  )
  if (!readable.length) return false
  return readable.length === 1 ? readable[0] : { or: readable }
}
