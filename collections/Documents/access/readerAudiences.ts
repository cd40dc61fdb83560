import type { PayloadRequest } from 'payload'
import { memberOf } from '@/access/accountOf'
import { partnerAgencyRules } from '@/collections/PartnerAgencies/access/partnerAgencyRules'
import { audiencesOfRole, type DocumentAudience } from '../documentAudiences'

/**
 * The document audiences the member behind a request is in; none for anyone else. A partner whose agency is
 * retired (it has left the scheme) is in none: it reads nothing of the scheme, its papers included.
 */
export const readerAudiences = async (
  req: Pick<PayloadRequest, 'user' | 'payload' | 'context'>,
): Promise<DocumentAudience[]> => {
  const member = memberOf(req)
  if (!member) return []
  if (member.role === 'partner' && !(await partnerAgencyRules(req))) return []
  return audiencesOfRole(member.role)
}
