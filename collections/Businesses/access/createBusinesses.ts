import type { Access } from 'payload'
import { hasStaffRole } from '@/access/staff'
import { isJoinFormCall } from './isJoinFormCall'

/**
 * Scheme staff create any business. The public join form creates applicants through the Local API with no
 * account; field access keeps membership status, agreement and officer staff-only, so such a business is
 * always an applicant. Nobody else, and nobody over REST, creates businesses.
 */
export const createBusinesses: Access = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || isJoinFormCall(req)
