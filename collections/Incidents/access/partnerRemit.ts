import type { Where } from 'payload'
import type { PartnerAgencyRules } from '@/collections/PartnerAgencies/access/partnerAgencyRules'

/**
 * The reports a partner agency may read, as a Where over incidents: the types in its remit, and, for an
 * agency that follows safeguarded people (outreach by default), every report linked to a safeguarded person
 * whatever its type (docs/access-control.md). Both come from the agency's record. `via` reads them through
 * a relationship to incidents (evidence's `incident.`), so a file is readable exactly when its report is.
 */
export const partnerReports = (agency: PartnerAgencyRules, via = ''): Where => {
  const inRemit: Where = { [`${via}type`]: { in: agency.remit } }
  if (!agency.followsSafeguardedPeople) return inRemit
  return { or: [inRemit, { [`${via}offenders.safeguarding`]: { equals: true } }] }
}
