import type { PayloadRequest } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Who may record "I recognise this person": business staff and police (of a profile they can see: the
 * offender relationship's filterOptions re-read it with their read access), and scheme staff. Partners
 * don't. The recognitions' create access, the profile page's form and the recognise action all ask this.
 */
export const mayRecognise = (req: Pick<PayloadRequest, 'user'>): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager') ||
  memberWithRole(req, 'member', 'business-manager', 'police') !== null
