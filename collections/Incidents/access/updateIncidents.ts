import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Scheme staff edit reports; police may open any report to add their fields (field access limits them). */
export const updateIncidents: Access = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberWithRole(req, 'police') !== null
