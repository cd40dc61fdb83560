import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager, isSchemeManagerField } from '@/access/staff'
import { auditChange, auditDelete } from '@/lib/audit/auditChange'
import { auditMemberListReadResult } from '@/lib/audit/auditMemberListReadResult'
import { auditRecordOpened } from '@/lib/audit/auditRecordOpened'
import { boundMemberListRead } from '@/lib/audit/boundMemberListRead'
import { linkablePhotos } from '../Evidence/access/linkablePhotos'
import { policeOrSchemeManagerField } from '../Incidents/access/policeOrSchemeManagerField'
import { validateNewLinks } from '../Incidents/validation/validateNewLinks'
import { createOffenders } from './access/createOffenders'
import { readOffenders } from './access/readOffenders'
import { updateOffenders } from './access/updateOffenders'
import { auditRetentionHold } from './hooks/auditRetentionHold'
import { deriveDisplayName } from './hooks/deriveDisplayName'
import { fillExclusionDates } from './hooks/fillExclusionDates'
import { flagPossibleDuplicates } from './hooks/flagPossibleDuplicates'
import { linkPhotosToProfile } from './hooks/linkPhotosToProfile'
import { requireRejectionReason } from './hooks/requireRejectionReason'
import { stampProposalAndApproval } from './hooks/stampProposalAndApproval'
import { stampRetentionHold } from './hooks/stampRetentionHold'
import { offenderStatuses, warningMarkers } from './warningMarkers'

const staffEdits = { update: isSchemeManagerField }
// Staff-only on create too: a member's proposal describes a person, it never sets exclusions or links.
const staffWrites = { create: isSchemeManagerField, update: isSchemeManagerField }
const staffOnly = { read: isSchemeManagerField, create: isSchemeManagerField, update: isSchemeManagerField }
const policeAndStaff = {
  read: policeOrSchemeManagerField,
  create: isSchemeManagerField,
  update: policeOrSchemeManagerField,
}

/**
 * A profile of a person who offends in the town centre, or an unidentified person staff want to identify.
 * Members propose; only scheme staff approve, and only approved profiles reach members, police and the ASB
 * unit. A safeguarding flag keeps a vulnerable person out of the gallery.
 */
export const Offenders: CollectionConfig = {
  slug: 'offenders',
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'gallery', 'status', 'lastIncidentAt'],
    group: 'Scheme',
  },
  access: {
    create: createOffenders,
    read: readOffenders,
    update: updateOffenders,
    delete: isSchemeManager,
  },
  hooks: {
    beforeChange: [
      stampProposalAndApproval,
      requireRejectionReason,
      deriveDisplayName,
      fillExclusionDates,
      flagPossibleDuplicates,
      stampRetentionHold,
    ],
    afterChange: [linkPhotosToProfile, auditChange, auditRetentionHold],
    afterDelete: [auditDelete],
    beforeOperation: [boundMemberListRead],
    afterOperation: [auditRecordOpened, auditMemberListReadResult],
  },
  defaultSort: '-lastIncidentAt',
  fields: [
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
    {
      name: 'incidents',
      type: 'join',
      collection: 'incidents',
      on: 'offenders',
      defaultLimit: 20,
      defaultSort: '-occurredAt',
      admin: { defaultColumns: ['occurredAt', 'type', 'business', 'status'] },
    },
    {
      name: 'exclusion',
      type: 'group',
      access: staffWrites,
      fields: [
        {
          name: 'stage',
          type: 'select',
          defaultValue: 'none',
          index: true,
          options: [
            { label: 'None', value: 'none' },
            { label: 'Warning (yellow)', value: 'warning' },
            { label: 'Exclusion (red)', value: 'exclusion' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'startsAt', type: 'date' },
            { name: 'endsAt', type: 'date', index: true },
            { name: 'appealFrom', type: 'date' },
          ],
        },
        {
          name: 'lastBreachAt',
          type: 'date',
          admin: {
            readOnly: true,
            description: 'The latest report during the exclusion; the appeal date runs from it.',
          },
        },
        {
          name: 'notice',
          type: 'group',
          fields: [
            { name: 'servedAt', type: 'date' },
            { name: 'servedBy', type: 'text', maxLength: 120 },
            {
              name: 'method',
              type: 'select',
              options: [
                { label: 'In person', value: 'in-person' },
                { label: 'By post', value: 'post' },
                { label: 'By police', value: 'police' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'recognitions',
      type: 'join',
      collection: 'recognitions',
      on: 'offender',
      defaultLimit: 20,
      defaultSort: '-recognisedAt',
      admin: { description: 'Who recognised this person, when, from what, and how sure they were.' },
    },
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
          'Profiles this one looks like (names, aliases, description). Merge them if they are the same person.',
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
    {
      // Staff see when retention will act on this profile, and what holds it (docs/retention.md).
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
        description:
          'A reason here keeps an archived profile past its review date (for example a court date).',
      },
      fields: [
        { name: 'reason', type: 'textarea', maxLength: 1000 },
        { name: 'heldAt', type: 'date', index: true, admin: { readOnly: true } },
        { name: 'heldBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
      ],
    },
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
  ],
  timestamps: true,
}
