import type { Field } from 'payload'
import { isSchemeManagerField } from '@/access/staff'
import { staffOnly } from './fieldAccess'

/** When retention acts on the profile and what holds it (docs/retention.md): staff only, in the sidebar. */
export const retentionFields: Field[] = [
  {
    // Staff see when retention will act on this profile, and what holds it.
    name: 'retentionCountdown',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/admin/RetentionCountdown#RetentionCountdown' },
    },
  },
  {
    name: 'archivedAt',
    type: 'date',
    index: true,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: 'When the profile left the gallery; the review period runs from here.',
    },
    access: { create: isSchemeManagerField, update: isSchemeManagerField },
  },
  {
    name: 'retentionHold',
    type: 'group',
    access: staffOnly,
    admin: {
      position: 'sidebar',
      description: 'A reason here keeps an archived profile past its review date (for example a court date).',
    },
    fields: [
      { name: 'reason', type: 'textarea', maxLength: 1000 },
      { name: 'heldAt', type: 'date', index: true, admin: { readOnly: true } },
      { name: 'heldBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    ],
  },
]
