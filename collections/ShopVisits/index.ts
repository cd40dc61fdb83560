import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager } from '@/access/staff'
import { createShopVisits } from './access/createShopVisits'
import { readShopVisits } from './access/readShopVisits'
import { onlyOwnAdoptedShop } from './hooks/onlyOwnAdoptedShop'

/** Cops Adopt A Shop: an adopting officer's visits to their shops, for the scheme's outcome reports. */
export const ShopVisits: CollectionConfig = {
  slug: 'shop-visits',
  labels: { singular: 'Shop visit', plural: 'Shop visits' },
  admin: { useAsTitle: 'visitedAt', defaultColumns: ['visitedAt', 'business', 'officer'], group: 'Scheme' },
  access: {
    create: createShopVisits,
    read: readShopVisits,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: { beforeChange: [onlyOwnAdoptedShop] },
  defaultSort: '-visitedAt',
  fields: [
    { name: 'business', type: 'relationship', relationTo: 'businesses', required: true, index: true },
    {
      name: 'officer',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      admin: { readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    },
    { name: 'visitedAt', type: 'date', required: true, index: true },
    { name: 'notes', type: 'textarea', maxLength: 1000 },
  ],
  timestamps: true,
}
