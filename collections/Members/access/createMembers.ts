import type { Access } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Scheme staff create any account; a business manager invites staff of their own business. */
export const createMembers: Access = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || businessOf(memberWithRole(req, 'business-manager')) !== null
