import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { relationId } from '@/access/relationId'
import { officerPublicName } from './officerPublicName'

/**
 * Keeps the public side of Cops Adopt A Shop in step with the officer relationship: whether the shop is
 * adopted, and the officer's first name only (the public can never read the officer's account).
 */
export const deriveAdoption: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const officerValue =
    data.adoptingOfficer !== undefined ? data.adoptingOfficer : originalDoc?.adoptingOfficer
  const officerId = relationId(officerValue)
  if (officerId === null) return { ...data, isAdopted: false, officerPublicName: null }
  const officer = await req.payload.findByID({
    collection: 'members',
    id: officerId,
    depth: 0,
    select: { name: true, role: true },
    // A hook deriving a public label; the editor's access to the business was already checked.
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (officer?.role !== 'police') {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'The adopting officer must be a police member account.', path: 'adoptingOfficer' }],
      req,
    })
  }
  return { ...data, isAdopted: true, officerPublicName: officerPublicName(officer.name) }
}
