import type { PayloadRequest } from 'payload'
import { revalidatePublicPaths } from '@/lib/revalidate/revalidatePublicPaths'
import { everyCampaignPage } from '@/lib/revalidate/routePatterns'
import type { Business } from '@/payload-types'

type Args = { doc: Business; previousDoc?: Business; req: PayloadRequest }

/**
 * afterChange and afterDelete: the Cops Adopt A Shop list and the home page's count are built from adopted
 * businesses, so a change to a shop that is or was adopted (adoption, officer, name, address, suspension)
 * purges every campaign page (any may show the list) and the home page. Applicants and other members'
 * businesses are not on the public site and purge nothing.
 */
export const revalidateAdoptedShops = ({ doc, previousDoc, req }: Args): Business => {
  if (!doc.isAdopted && !previousDoc?.isAdopted) return doc
  revalidatePublicPaths(req, [everyCampaignPage, '/'])
  return doc
}
