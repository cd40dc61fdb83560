import type { FieldAccess } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Role and account status: scheme staff set them for anyone; a business manager for their own business's
 * accounts (the hook keeps the roles within the business). Nobody sets their own.
 */
export const manageBusinessStaffField: FieldAccess = ({ req, doc }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const manager = memberWithRole(req, 'business-manager')
  if (!manager || doc?.id === manager.id) return false
  return businessOf(manager) !== null
}
