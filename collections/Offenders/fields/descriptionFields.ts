import type { Field } from 'payload'
import { warningMarkers } from '../warningMarkers'
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
    name: 'warningMarkers',
    type: 'select',
    hasMany: true,
    index: true,
    options: [...warningMarkers],
    access: staffEdits,
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
