import type { Field } from 'payload'
import { nobodyField } from '@/access/common'

/** Staff review: the tick is theirs; who and when come from the session (hooks/stampReview.ts). */
export const reviewFields: Field[] = [
  {
    name: 'reviewed',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { create: nobodyField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.reviewed) },
  },
  {
    name: 'reviewedAt',
    type: 'date',
    access: { create: nobodyField, update: nobodyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.reviewed),
    },
  },
]
