import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager } from '@/access/staff'
import { auditChange, auditDelete } from '@/lib/audit/auditChange'
import { liftExclusionOnUpheldAppeal } from './hooks/liftExclusionOnUpheldAppeal'
import { setResponseDeadline } from './hooks/setResponseDeadline'

/**
 * Requests from the people the scheme holds data about: subject access requests (answer within one
 * month, UK GDPR Art. 12(3)) and appeals against an exclusion, each with its outcome. Only scheme
 * managers and admins see them: the request itself is personal data about the requester.
 */
export const SubjectRequests: CollectionConfig = {
  slug: 'subject-requests',
  labels: { singular: 'Subject request', plural: 'Subject requests' },
  admin: {
    useAsTitle: 'subjectName',
    defaultColumns: ['kind', 'subjectName', 'receivedAt', 'dueAt', 'status'],
    group: 'Data protection',
  },
  access: {
    create: isSchemeManager,
    read: isSchemeManager,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: {
    beforeChange: [setResponseDeadline],
    afterChange: [liftExclusionOnUpheldAppeal, auditChange],
    afterDelete: [auditDelete],
  },
  defaultSort: 'dueAt',
  fields: [
    {
      // Not stored: the deadline countdown, what is held, profile suggestions and the ZIP download.
      name: 'workingPanel',
      type: 'ui',
      admin: { components: { Field: '/components/admin/SubjectRequestPanel#SubjectRequestPanel' } },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'access',
      index: true,
      options: [
        { label: 'Subject access request', value: 'access' },
        { label: 'Appeal against an exclusion', value: 'appeal' },
      ],
    },
    { name: 'subjectName', type: 'text', required: true, maxLength: 160, index: true },
    {
      name: 'subjectDetails',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Date of birth, address or other details given to identify the person.' },
    },
    {
      name: 'identityChecked',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick once the requester has proved who they are.' },
    },
    {
      name: 'offenders',
      type: 'relationship',
      relationTo: 'offenders',
      hasMany: true,
      index: true,
      admin: {
        description: 'The profiles that are this person. The export gathers everything linked to them.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'receivedAt', type: 'date', required: true, index: true },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          admin: { readOnly: true, description: 'One calendar month after the request was received.' },
          access: { create: nobodyField, update: nobodyField },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Answered', value: 'answered' },
        { label: 'Refused (reason recorded)', value: 'refused' },
      ],
    },
    {
      name: 'appealOutcome',
      type: 'select',
      options: [
        { label: 'Upheld: exclusion lifted', value: 'upheld' },
        { label: 'Partly upheld: exclusion shortened', value: 'partly-upheld' },
        { label: 'Dismissed: exclusion stands', value: 'dismissed' },
      ],
      admin: { condition: (data) => data?.kind === 'appeal' },
    },
    { name: 'response', type: 'textarea', maxLength: 5000 },
    { name: 'answeredAt', type: 'date', index: true },
    {
      name: 'exportedAt',
      type: 'date',
      admin: { readOnly: true, description: 'When the last export for this request was downloaded.' },
      access: { create: nobodyField, update: nobodyField },
    },
  ],
  timestamps: true,
}
