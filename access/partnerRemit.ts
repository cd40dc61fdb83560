import type { IncidentType } from '@/collections/Incidents/incidentTypes'
import type { PartnerAgency } from './roles'

/**
 * Which report types each partner agency works on. The council's ASB unit sees anti-social behaviour;
 * outreach sees welfare concerns only, and never the offender gallery.
 */
export const partnerRemit: Record<PartnerAgency, readonly IncidentType[]> = {
  'asb-unit': ['asb', 'begging', 'street-drinking', 'drugs', 'criminal-damage', 'exclusion-breach'],
  outreach: ['welfare-concern'],
}
