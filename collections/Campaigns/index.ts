import type { CollectionConfig } from 'payload'
import { publishedContentAccess } from '@/access/publishedContentAccess'
import { slugField } from '@/fields/slugField'
import { revalidateCampaign } from './hooks/revalidateCampaign'

/** Public campaign pages, Cops Adopt A Shop first. Drafts and versions so staff can prepare changes. */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Content',
    // The campaign page itself beside the editor, showing the latest saved draft (app/(frontend)/preview).
    // Relative, so it works on whatever address the admin is opened at.
    livePreview: {
      url: ({ data }) =>
        typeof data?.slug === 'string' && data.slug ? `/preview?slug=${encodeURIComponent(data.slug)}` : null,
    },
  },
  access: publishedContentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    // Purge the prerendered public pages at once when a published campaign changes.
    afterChange: [revalidateCampaign],
    afterDelete: [revalidateCampaign],
  },
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
