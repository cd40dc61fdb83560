import type { AgencyRequest } from '@/collections/PartnerAgencies/access/partnerAgencyRules'
import { schemeCountScope } from './schemeCountScope'

/** Who opens "Today in town": anyone schemeCountScope lets count something (not a retired agency's accounts). */
export const mayCountSchemeReports = async (req: AgencyRequest): Promise<boolean> =>
  (await schemeCountScope(req)) !== null
