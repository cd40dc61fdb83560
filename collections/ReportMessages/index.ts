import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager } from '@/access/staff'
import { auditDelete } from '@/lib/audit/auditChange'
import { linkablePhotos } from '../Evidence/access/linkablePhotos'
import { readReporterField } from '../Incidents/access/readReporterField'
import { createReportMessages } from './access/createReportMessages'
import { readReportMessages } from './access/readReportMessages'
import { reportsForMessages } from './access/reportsForMessages'
import { auditMessageCreate } from './hooks/auditMessageCreate'
import { sendMessageNotice } from './hooks/sendMessageNotice'
import { takeMessageParties } from './hooks/takeMessageParties'
import { authorRoles, messageKinds } from './messageKinds'
import { messageLimits } from './rules/messageLimits'

const setBySystem = { create: nobodyField, update: nobodyField }
const cctvOnly = { condition: (data: { kind?: string }) => data?.kind === 'cctv-request' }

/**
 * The conversation on a report (docs/report-conversations.md): police or scheme staff ask the reporter a
 * question or for CCTV, the reporter answers with words and photos. A message belongs to its report: it is read
 * by whoever may read the report, and goes when the report is anonymised or deleted. The author comes from the
 * session (hook), never from the client; nobody but scheme staff edits or deletes a message.
 */
export const ReportMessages: CollectionConfig = {
  slug: 'report-messages',
  labels: { singular: 'Report message', plural: 'Report messages' },
  admin: {
    useAsTitle: 'kind',
    defaultColumns: ['incident', 'kind', 'authorRole', 'createdAt'],
    group: 'Scheme',
  },
  access: {
    read: readReportMessages,
    create: createReportMessages,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: {
    beforeChange: [takeMessageParties],
    afterChange: [auditMessageCreate, sendMessageNotice],
    afterDelete: [auditDelete],
  },
  defaultSort: 'createdAt',
  fields: [
    {
      name: 'incident',
      type: 'relationship',
      relationTo: 'incidents',
      required: true,
      index: true,
      filterOptions: reportsForMessages,
      access: { update: nobodyField },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [...messageKinds],
      access: { update: nobodyField },
    },
    {
      name: 'body',
      label: 'Message',
      type: 'textarea',
      required: true,
      maxLength: messageLimits.body,
    },
    {
      type: 'row',
      admin: cctvOnly,
      fields: [
        {
          name: 'cctvFrom',
          label: 'CCTV wanted from',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, condition: cctvOnly.condition },
        },
        {
          name: 'cctvTo',
          label: 'CCTV wanted until',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, condition: cctvOnly.condition },
        },
      ],
    },
    {
      name: 'cctvPlace',
      label: 'Which camera or area',
      type: 'text',
      maxLength: messageLimits.cctvPlace,
      admin: { condition: cctvOnly.condition },
    },
    {
      name: 'photos',
      type: 'relationship',
      relationTo: 'evidence',
      hasMany: true,
      maxRows: messageLimits.photos,
      filterOptions: linkablePhotos,
      access: { update: nobodyField },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: ['users', 'members'],
      index: true,
      admin: { position: 'sidebar', readOnly: true },
      // Who wrote it is for those who may see who reported (not partners): the incidents' own field rule.
      access: { ...setBySystem, read: readReporterField },
    },
    {
      name: 'authorRole',
      type: 'select',
      options: [...authorRoles],
      admin: { position: 'sidebar', readOnly: true },
      access: setBySystem,
    },
  ],
  timestamps: true,
}
