import type { CollectionConfig } from 'payload'
import { nobody, nobodyField } from '@/access/common'
import { isAdmin } from '@/access/staff'
import { createOwnRead } from './access/createOwnRead'
import { readOwnReads } from './access/readOwnReads'
import { takeReaderFromSession } from './hooks/takeReaderFromSession'

/**
 * Read receipts: the first time a member opened a version of a library document. Written only by the
 * members' file route as the member; one per member and version (the unique index enforces it).
 */
export const DocumentReads: CollectionConfig = {
  slug: 'document-reads',
  labels: { singular: 'Document read', plural: 'Document reads' },
  admin: {
    defaultColumns: ['document', 'version', 'member', 'firstOpenedAt'],
    group: 'Scheme',
  },
  access: {
    create: createOwnRead,
    read: readOwnReads,
    update: nobody,
    delete: isAdmin,
  },
  hooks: { beforeChange: [takeReaderFromSession] },
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      admin: { readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      index: true,
      // A member links only documents in their library (the collection's own read access).
      filterOptions: () => true,
    },
    {
      name: 'version',
      type: 'relationship',
      relationTo: 'document-versions',
      required: true,
      index: true,
      filterOptions: () => true,
    },
    {
      name: 'firstOpenedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    },
  ],
  indexes: [{ fields: ['member', 'version'], unique: true }],
  timestamps: true,
}
