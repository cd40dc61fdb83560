import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isContentStaff, isSchemeManager } from '@/access/staff'
import { readDocuments } from './access/readDocuments'
import { documentAudiences } from './documentAudiences'
import { documentKinds } from './documentKinds'
import { refuseDeletingPublishedDocument } from './hooks/refuseDeletingPublishedDocument'

/**
 * The scheme's document library: rules, the information-sharing agreement, the DPIA summary, training
 * guides, maps. The files are `document-versions` (each upload a new immutable version); this record says
 * who it is for and points at its current version (docs/document-library.md).
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Document', plural: 'Document library' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'audience', 'required', 'currentVersion', 'retired'],
    group: 'Scheme',
    description:
      'Add a file under Versions below, or in Document versions: each upload becomes the current version.',
  },
  access: {
    read: readDocuments,
    create: isContentStaff,
    update: isContentStaff,
    delete: isSchemeManager,
  },
  hooks: { beforeDelete: [refuseDeletingPublishedDocument] },
  defaultSort: 'title',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, index: true },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, index: true, options: [...documentKinds] },
        {
          name: 'audience',
          type: 'select',
          hasMany: true,
          required: true,
          index: true,
          defaultValue: ['all-members'],
          options: [...documentAudiences],
        },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 500 },
    {
      name: 'required',
      label: 'Everyone in the audience must read it',
      type: 'checkbox',
      defaultValue: false,
      index: true,
    },
    {
      name: 'acceptOnJoining',
      label: 'Business managers must accept it (scheme rules, sharing agreement)',
      type: 'checkbox',
      defaultValue: false,
      index: true,
    },
    {
      name: 'retired',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Retired documents leave the members’ area.' },
    },
    {
      name: 'currentVersion',
      type: 'relationship',
      relationTo: 'document-versions',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Moves to each new version when it is uploaded.',
      },
      // Set only by the version upload's hook (collections/DocumentVersions/hooks/moveCurrentVersion.ts).
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'versions',
      type: 'join',
      collection: 'document-versions',
      on: 'document',
      defaultSort: '-publishedAt',
      admin: { defaultColumns: ['versionLabel', 'publishedAt', 'changeNote', 'filename'] },
    },
    {
      name: 'readers',
      type: 'ui',
      admin: { components: { Field: '/components/admin/DocumentReadersPanel#DocumentReadersPanel' } },
    },
  ],
  timestamps: true,
}
