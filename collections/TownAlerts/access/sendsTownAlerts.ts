import type { Access, PayloadRequest } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Police and scheme staff (admins, scheme managers) send "in town now" alerts. Pages ask this to show the form. */
export const maySendTownAlerts = (req: Pick<PayloadRequest, 'user'>): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberWithRole(req, 'police') !== null

export const sendsTownAlerts: Access = ({ req }) => maySendTownAlerts(req)
