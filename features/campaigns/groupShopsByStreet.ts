import type { AdoptedShop } from './adoptedShop'
import { streetOf } from './streetOf'

export type StreetGroup = { street: string; shops: AdoptedShop[] }

/** Adopted shops by street, streets A to Z and shops by name within each; shops with no address last. */
export const groupShopsByStreet = (shops: readonly AdoptedShop[]): StreetGroup[] => {
  const byStreet = new Map<string, AdoptedShop[]>()
  for (const shop of shops) {
    const street = streetOf(shop.street) || 'Other places'
    byStreet.set(street, [...(byStreet.get(street) ?? []), shop])
  }
  return [...byStreet.entries()]
    .map(([street, list]) => ({ street, shops: list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) }))
    .sort((a, b) =>
      a.street === 'Other places'
        ? 1
        : b.street === 'Other places'
          ? -1
          : a.street.localeCompare(b.street, 'en-GB'),
    )
}
