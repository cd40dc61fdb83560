import type { PayloadRequest } from 'payload'
import { hasStaffRole } from '@/access/staff'

/**
 * Merging deletes a profile and moves its reports, photos and recognitions: only admins and scheme
 * managers may do it. Police, who may update their notes on gallery profiles, and editors may not.
 */
export const mayMergeProfiles = (req: Pick<PayloadRequest, 'user'>): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager')
