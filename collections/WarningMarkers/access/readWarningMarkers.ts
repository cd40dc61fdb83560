import type { Access } from 'payload'
import { hasStaffRole } from '@/access/staff'
import { seesGallery } from '@/collections/Offenders/access/seesGallery'

/** Scheme staff, and the members who see the gallery: the markers label the profiles they see. */
export const readWarningMarkers: Access = async ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || (await seesGallery(req))
