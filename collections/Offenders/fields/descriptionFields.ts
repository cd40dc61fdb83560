import type { Field } from 'payload'
import { validateNewLinks } from '@/collections/Incidents/validation/validateNewLinks'
import { notRetired } from '@/fields/notRetired'
import { staffEdits, staffWrites } from './fieldAccess'

/** How to recognise the person and what to expect: appearance, warning markers, how they operate, associates. */
export const descriptionFields: Field[] = [
  {
    name: 'appearance',
    type: 'group',
    access: staffEdits,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'ageRange', type: 'text', maxLength: 20 },
          { name: 'height', type: 'text', maxLength: 20 },
          { name: 'build', type: 'text', maxLength: 40 },
          { name: 'hair', type: 'text', maxLength: 60 },
        ],
      },
      { name: 'distinguishingFeatures', type: 'textarea', maxLength: 1000 },
      { name: 'usualClothing', type: 'textarea', maxLength: 1000 },
    ],
  },
  {
    // Keys of warning-markers records: a renamed marker relabels its profiles. A retired marker is not
    // offered for new links; profiles that carry it keep it.
    name: 'warningMarkers',
    type: 'relationship',
    relationTo: 'warning-markers',
    hasMany: true,
    index: true,
    access: staffEdits,
    filterOptions: notRetired,
    validate: validateNewLinks('Choose warning markers that are still in use.'),
  },
  { name: 'modusOperandi', type: 'textarea', maxLength: 3000, access: staffEdits },
  {
    name: 'associates',
    type: 'relationship',
    relationTo: 'offenders',
    hasMany: true,
    maxRows: 20,
    access: staffWrites,
  },
]
