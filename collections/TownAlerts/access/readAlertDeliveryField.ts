import type { FieldAccess } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Who an alert went to is for its senders (police, scheme staff), not for the members who received it. */
export const readAlertDeliveryField: FieldAccess = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberWithRole(req, 'police') !== null
