import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import type { AdoptedShop } from './adoptedShop'

export type { AdoptedShop }

/**
 * The Cops Adopt A Shop list, read as the public: the access rules add "active members only" and hide every
 * private field. The officer is the stored first name or role (docs/public-officer-names.md), never read
 * from the officer's account. `total` counts them all even past the list's limit.
 */
export const listAdoptedShops = async () => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'businesses',
    where: { isAdopted: { equals: true } },
    sort: 'name',
    limit: 500,
    depth: 0,
    select: { name: true, category: true, address: { line1: true }, officerPublicName: true },
    overrideAccess: false,
  })
  const shops: AdoptedShop[] = result.docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    category: doc.category,
    street: doc.address?.line1 ?? '',
    officer: doc.officerPublicName || 'Your local officer',
  }))
  return { shops, total: result.totalDocs }
}
