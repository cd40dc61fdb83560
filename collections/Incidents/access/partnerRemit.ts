import type { Where } from 'payload'
import type { IncidentType } from '@/collections/Incidents/incidentTypes'
import type { PartnerAgency } from '../../../access/roles'

/**
 * Which report types each partner agency works on. The council's ASB unit sees anti-social behaviour;
 * outreach sees welfare concerns only, and never the offender gallery.
 */
export const partnerRemit: Record<PartnerAgency, readonly IncidentType[]> = {
  'asb-unit': ['asb', 'begging', 'street-drinking', 'drugs', 'criminal-damage', 'exclusion-breach'],
  outreach: ['welfare-concern'],
}

/**
 * Reports linked to a safeguarded (vulnerable) person go to outreach whatever their type; the ASB unit still
 * sees them only when their type is in its remit (docs/access-control.md).
 */
export const followsSafeguardedPeople: Record<PartnerAgency, boolean> = {
  'asb-unit': false,
  outreach: true,
}

/**
 * The reports a partner agency may read, as a Where over incidents. `via` reads them through a relationship
 * to incidents (evidence's `incident.`), so a file is readable exactly when its report is.
 */
export const partnerReports = (agency: PartnerAgency, via = ''): Where => {
  const inRemit: Where = { [`${via}type`]: { in: [...partnerRemit[agency]] } }
  if (!followsSafeguardedPeople[agency]) return inRemit
  return { or: [inRemit, { [`${via}offenders.safeguarding`]: { equals: true } }] }
}
