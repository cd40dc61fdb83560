import type { AccessResult } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { partnerReports } from '@/collections/Incidents/access/partnerRemit'
import {
  type AgencyRequest,
  partnerAgencyRules,
} from '@/collections/PartnerAgencies/access/partnerAgencyRules'

/**
 * The incidents' read rule, written once: scheme staff and police read every report; a business its own; a
 * partner agency the types in its remit (and, for an agency that follows safeguarded people, every report
 * linked to one). `via` reads it through a relationship to incidents (`incident.` on a report's messages), so a
 * record that belongs to a report is readable exactly when its report is.
 */
export const reportsReadableVia = async (req: AgencyRequest, via = ''): Promise<AccessResult> => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return true
  if (memberWithRole(req, 'partner')) {
    const agency = await partnerAgencyRules(req)
    return agency ? partnerReports(agency, via) : false
  }
  const business = businessOf(memberWithRole(req, 'member', 'business-manager'))
  return business !== null ? { [`${via}business`]: { equals: business } } : false
}
