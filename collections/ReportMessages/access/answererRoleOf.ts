import type { PayloadRequest } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { relationId } from '@/access/relationId'

/**
 * Whether this account answers on a report's thread, and as whom: the report's own reporter, or a business
 * manager of the report's business. Anyone else (a colleague, another business) does not. The hook that writes
 * a reply and the report page both ask this.
 */
export const answererRoleOf = (
  req: Pick<PayloadRequest, 'user'>,
  incident: { reporter?: unknown; business?: unknown },
): 'reporter' | 'business-manager' | null => {
  const member = memberWithRole(req, 'member', 'business-manager')
  if (!member) return null
  if (relationId(incident.reporter) === member.id) return 'reporter'
  const sameBusiness = businessOf(member) !== null && businessOf(member) === relationId(incident.business)
  return member.role === 'business-manager' && sameBusiness ? 'business-manager' : null
}
