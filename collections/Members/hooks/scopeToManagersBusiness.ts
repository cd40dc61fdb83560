import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { businessRoles } from '@/access/roles'

/**
 * A business manager's changes stay inside their business: the account is tied to the manager's business
 * and can hold only a business role (never police or partner).
 */
export const scopeToManagersBusiness: CollectionBeforeChangeHook = ({ data, req }) => {
  const managerBusiness = businessOf(memberWithRole(req, 'business-manager'))
  if (managerBusiness === null) return data
  if (data.role !== undefined && !businessRoles.includes(data.role)) {
    throw new APIError(
      'A business manager can only give the member or business manager role.',
      403,
      null,
      true,
    )
  }
  return { ...data, business: managerBusiness }
}
