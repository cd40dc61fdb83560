import type { CollectionConfig } from 'payload'
import { nobody, nobodyField } from '@/access/common'
import { isAdmin } from '@/access/staff'
import { createAcceptance } from './access/createAcceptance'
import { readAcceptances } from './access/readAcceptances'
import { recordSharingAgreement } from './hooks/recordSharingAgreement'
import { takeAcceptorFromSession } from './hooks/takeAcceptorFromSession'

/**
 * A business manager's acceptance of a version of the scheme rules or the information-sharing agreement,
 * for their business: who, when and which version. A new version asks again (docs/document-library.md).
 */
export const DocumentAcceptances: CollectionConfig = {
  slug: 'document-acceptances',
  labels: { singular: 'Document acceptance', plural: 'Document acceptances' },
  admin: {
    defaultColumns: ['business', 'document', 'version', 'member', 'acceptedAt'],
    group: 'Scheme',
  },
  access: {
    create: createAcceptance,
    read: readAcceptances,
    update: nobody,
    delete: isAdmin,
  },
  hooks: { beforeChange: [takeAcceptorFromSession], afterChange: [recordSharingAgreement] },
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
      name: 'business',
      type: 'relationship',
      relationTo: 'businesses',
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
      // A manager links only documents in their library (the collection's own read access).
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
      name: 'acceptedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    },
  ],
  indexes: [{ fields: ['business', 'version'], unique: true }],
  timestamps: true,
}
