import type { CollectionConfig } from 'payload'
import { publishedContentAccess } from '@/access/publishedContentAccess'
import { revalidateSupport } from './hooks/revalidateSupport'

export const supportCategories = [
  { label: 'Rough sleeping', value: 'rough-sleeping' },
  { label: 'Housing', value: 'housing' },
  { label: 'Addiction', value: 'addiction' },
  { label: 'Mental health', value: 'mental-health' },
  { label: 'Food', value: 'food' },
  { label: 'Health', value: 'health' },
  { label: 'Victim support', value: 'victim-support' },
] as const

/** The signposting directory: where people in need can get help. Public once published. */
export const SupportServices: CollectionConfig = {
  slug: 'support-services',
  labels: { singular: 'Support service', plural: 'Support services' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'categories', '_status'], group: 'Content' },
  access: publishedContentAccess,
  versions: { drafts: true, maxPerDoc: 10 },
  hooks: {
    // Purge the prerendered directory pages at once when a published service changes.
    afterChange: [revalidateSupport],
    afterDelete: [revalidateSupport],
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160, index: true },
    {
      name: 'categories',
      type: 'select',
      hasMany: true,
      required: true,
      index: true,
      options: [...supportCategories],
    },
    { name: 'description', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'openingTimes', type: 'textarea', maxLength: 500 },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', maxLength: 40 },
        { name: 'email', type: 'email' },
        { name: 'website', type: 'text', maxLength: 300 },
      ],
    },
    { name: 'address', type: 'textarea', maxLength: 300 },
  ],
  timestamps: true,
}
