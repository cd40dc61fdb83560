import type { Field } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManagerField } from '@/access/staff'

/** Set by the system, never typed in: last activity, who proposed and approved the profile, and when. */
export const stampFields: Field[] = [
  {
    name: 'lastIncidentAt',
    type: 'date',
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
    access: { create: isSchemeManagerField, update: isSchemeManagerField },
  },
  {
    name: 'proposedBy',
    type: 'relationship',
    relationTo: 'members',
    admin: { readOnly: true, position: 'sidebar' },
    access: { read: isSchemeManagerField, create: nobodyField, update: nobodyField },
  },
  {
    name: 'approvedBy',
    type: 'relationship',
    relationTo: 'users',
    admin: { readOnly: true, position: 'sidebar' },
    access: { read: isSchemeManagerField, create: nobodyField, update: nobodyField },
  },
  {
    name: 'digestSentAt',
    type: 'date',
    admin: { readOnly: true, position: 'sidebar', description: 'When members were told of this profile.' },
    access: { read: isSchemeManagerField, create: nobodyField, update: nobodyField },
  },
  {
    name: 'approvedAt',
    type: 'date',
    admin: { readOnly: true, position: 'sidebar' },
    access: { create: nobodyField, update: nobodyField },
  },
]
