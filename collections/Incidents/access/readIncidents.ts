import type { Access, AccessResult } from 'payload'
import { businessOf, memberWithRole, partnerAgencyOf } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { partnerReports } from '@/collections/Incidents/access/partnerRemit'

/**
 * Scheme staff and police read every report; a business its own; a partner agency its remit, and outreach
 * also every report linked to a safeguarded person (collections/Incidents/access/partnerRemit.ts).
 */
export const readIncidents: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return true
  const agency = partnerAgencyOf(req)
  if (agency) return partnerReports(agency)
  const business = businessOf(memberWithRole(req, 'member', 'business-manager'))
  return business !== null ? { business: { equals: business } } : false
}
