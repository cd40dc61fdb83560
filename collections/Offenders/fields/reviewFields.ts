import type { Field } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManagerField } from '@/access/staff'
import { offenderStatuses } from '../warningMarkers'
import { policeAndStaff, staffOnly } from './fieldAccess'

/**
 * What police and staff hold about the person beyond the gallery: police notes, the review status, possible
 * duplicates and the safeguarding flag (staff only, in the sidebar).
 */
export const reviewFields: Field[] = [
  {
    name: 'policeNotes',
    type: 'textarea',
    maxLength: 3000,
    access: policeAndStaff,
    admin: { description: 'Police only: intelligence notes and case references.' },
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'proposed',
    index: true,
    options: [...offenderStatuses],
    access: { create: isSchemeManagerField, update: isSchemeManagerField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'rejectionReason',
    type: 'textarea',
    maxLength: 1000,
    access: staffOnly,
    admin: { position: 'sidebar', condition: (data) => data?.status === 'rejected' },
  },
  {
    name: 'possibleDuplicates',
    type: 'relationship',
    relationTo: 'offenders',
    hasMany: true,
    access: { read: isSchemeManagerField, create: nobodyField, update: nobodyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description:
        'Profiles this one looks like (names, aliases, description, photos). Merge them if they are the same person.',
    },
  },
  {
    // Not stored: merges another profile into this one (admins and scheme managers; mergeProfiles checks).
    name: 'mergeProfile',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/admin/MergeProfileField#MergeProfileField' },
    },
  },
  {
    // Not stored: "in town now" alert to member businesses (police and scheme staff; sendTownAlert checks).
    name: 'townAlert',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/admin/TownAlertField#TownAlertField' },
    },
  },
  {
    name: 'safeguarding',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: staffOnly,
    admin: {
      position: 'sidebar',
      description: 'A vulnerable person: kept out of the gallery; their reports go to outreach.',
    },
  },
  {
    name: 'safeguardingNote',
    type: 'textarea',
    maxLength: 1000,
    access: staffOnly,
    admin: { position: 'sidebar' },
  },
]
