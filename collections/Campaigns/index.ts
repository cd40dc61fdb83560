import type { CollectionConfig } from 'payload'
import { publishedOrContentStaff } from '@/access/common'
import { isContentStaff } from '@/access/staff'
import { slugField } from '@/fields/slugField'

/** Public campaign pages, Cops Adopt A Shop first. Drafts and versions so staff can prepare changes. */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'], group: 'Content' },
  access: {
    read: publishedOrContentStaff,
    create: isContentStaff,
    update: isContentStaff,
    delete: isContentStaff,
    readVersions: isContentStaff,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, maxLength: 300 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'content', type: 'richText' },
    {
      name: 'showAdoptedShops',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'List the shops adopted by police officers (Cops Adopt A Shop).' },
    },
  ],
  timestamps: true,
}
