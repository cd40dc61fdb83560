import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { memberWithRole } from '@/access/member'
import { relationId } from '@/access/relationId'

/** An officer logs visits to the shops they adopt, as themselves. */
export const onlyOwnAdoptedShop: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const officer = memberWithRole(req, 'police')
  if (operation !== 'create' || !officer) return data
  const business = await req.payload.findByID({
    collection: 'businesses',
    id: data.business,
    depth: 0,
    select: { adoptingOfficer: true },
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!business || relationId(business.adoptingOfficer) !== officer.id) {
    throw new APIError('You can log visits only to the shops you adopt.', 403, null, true)
  }
  return { ...data, officer: officer.id }
}
