import type { Field } from 'payload'
import { nobodyField } from '@/access/common'
import { linkablePhotos } from '@/collections/Evidence/access/linkablePhotos'
import { validateNewLinks } from '@/collections/Incidents/validation/validateNewLinks'
import { staffEdits } from './fieldAccess'

/** Who the person is: the names and aliases, which gallery they are in, and their photos. */
export const identityFields: Field[] = [
  {
    name: 'displayName',
    type: 'text',
    index: true,
    maxLength: 160,
    admin: {
      readOnly: true,
      description: 'Built from the names, or "Unidentified person" for ID-sought entries.',
    },
    access: { create: nobodyField, update: nobodyField },
  },
  {
    // The gallery search's column (hooks/deriveSearchText.ts), trigram-indexed by its migration; readable by
    // whoever reads the profile, as every field it is built from is.
    name: 'searchText',
    type: 'text',
    admin: { hidden: true },
    access: { create: nobodyField, update: nobodyField },
  },
  {
    type: 'row',
    fields: [
      { name: 'firstName', type: 'text', maxLength: 80, access: staffEdits },
      { name: 'lastName', type: 'text', maxLength: 80, access: staffEdits },
    ],
  },
  {
    name: 'aliases',
    type: 'array',
    maxRows: 20,
    access: staffEdits,
    fields: [{ name: 'alias', type: 'text', required: true, maxLength: 80 }],
  },
  {
    name: 'gallery',
    type: 'select',
    required: true,
    defaultValue: 'known',
    index: true,
    options: [
      { label: 'Known', value: 'known' },
      { label: 'ID sought', value: 'id-sought' },
    ],
    access: staffEdits,
  },
  {
    name: 'photos',
    type: 'relationship',
    relationTo: 'evidence',
    hasMany: true,
    maxRows: 12,
    access: staffEdits,
    // A member's proposal lists only photos they uploaded; the link hook claims no others.
    filterOptions: linkablePhotos,
    validate: validateNewLinks('Add only photos you took yourself.'),
  },
]
