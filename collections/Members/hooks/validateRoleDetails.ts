import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { relationId } from '@/access/relationId'
import { businessRoles } from '@/access/roles'

/** Staff of a member business must belong to one; a partner must name their agency. */
export const validateRoleDetails: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const role = data.role ?? originalDoc?.role
  const business = data.business !== undefined ? data.business : originalDoc?.business
  if (businessRoles.includes(role) && relationId(business) === null) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'Members and business managers must belong to a business.', path: 'business' }],
      req,
    })
  }
  const agency = data.agency !== undefined ? data.agency : originalDoc?.agency
  if (role === 'partner' && !agency) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'A partner account must name its agency.', path: 'agency' }],
      req,
    })
  }
  return data
}
