import type { Access, AccessResult } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { partnerReports } from '@/collections/Incidents/access/partnerRemit'
import { partnerAgencyRules } from '@/collections/PartnerAgencies/access/partnerAgencyRules'

/**
 * Scheme staff and police read every report; a business its own; a partner agency the types in its remit,
 * and an agency that follows safeguarded people also every report linked to one (its record in
 * partner-agencies; collections/Incidents/access/partnerRemit.ts).
 */
export const readIncidents: Access = async ({ req }): Promise<AccessResult> => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return true
  if (memberWithRole(req, 'partner')) {
    const agency = await partnerAgencyRules(req)
    return agency ? partnerReports(agency) : false
  }
  const business = businessOf(memberWithRole(req, 'member', 'business-manager'))
  return business !== null ? { business: { equals: business } } : false
}
