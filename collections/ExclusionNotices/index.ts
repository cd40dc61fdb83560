import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager, isSchemeManagerField } from '@/access/staff'
import { auditDelete } from '@/lib/audit/auditChange'
import { readExclusionNotices } from './access/readExclusionNotices'
import { updateExclusionNotices } from './access/updateExclusionNotices'
import { writeNoticeService } from './access/writeNoticeService'
import { auditNotice } from './hooks/auditNotice'
import { defaultZone } from './hooks/defaultZone'
import { fillNoticeDates } from './hooks/fillNoticeDates'
import { moveSignedCopyWithNotice } from './hooks/moveSignedCopyWithNotice'
import { recordSuggestion } from './hooks/recordSuggestion'
import { refuseSecondService } from './hooks/refuseSecondService'
import { removeSignedCopy } from './hooks/removeSignedCopy'
import { stampNoticeServer } from './hooks/stampNoticeServer'
import { storeSignedNotice } from './hooks/storeSignedNotice'
import { supersedeRunningNotices } from './hooks/supersedeRunningNotices'
import { syncProfileMirror, syncProfileMirrorAfterDelete } from './hooks/syncProfileMirror'
import { noticeOutcomes, noticeSignatures, noticeStages } from './noticeOptions'

// Police may write the service block once, on notices they can read; staff always (writeNoticeService).
const serviceAccess = { create: isSchemeManagerField, update: writeNoticeService }

/**
 * The history of warnings and exclusions given to a profile, one record per notice, each with its own
 * retention date. The running notice drives the profile's "Excluded" badge and breach flags through the
 * profile's read-only `exclusion` mirror (hooks/mirrorOnProfile.ts). On create the scheme's rules suggest a
 * stage (rules/suggestNoticeStage.ts); choosing another needs a reason. docs/exclusion-notices.md.
 */
export const ExclusionNotices: CollectionConfig = {
  slug: 'exclusion-notices',
  labels: { singular: 'Exclusion notice', plural: 'Exclusion notices' },
  admin: {
    useAsTitle: 'stage',
    defaultColumns: ['offender', 'stage', 'startsAt', 'endsAt', 'outcome'],
    group: 'Scheme',
  },
  access: {
    read: readExclusionNotices,
    create: isSchemeManager,
    update: updateExclusionNotices,
    delete: isSchemeManager,
  },
  hooks: {
    beforeChange: [refuseSecondService, stampNoticeServer, recordSuggestion, defaultZone, fillNoticeDates],
    afterChange: [
      supersedeRunningNotices,
      syncProfileMirror,
      storeSignedNotice,
      moveSignedCopyWithNotice,
      auditNotice,
    ],
    afterDelete: [syncProfileMirrorAfterDelete, removeSignedCopy, auditDelete],
  },
  defaultSort: '-startsAt',
  fields: [
    {
      name: 'offender',
      type: 'relationship',
      relationTo: 'offenders',
      required: true,
      index: true,
      access: { update: isSchemeManagerField },
    },
    {
      name: 'suggestion',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/NoticeSuggestion#NoticeSuggestion' } },
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      index: true,
      options: [...noticeStages],
      access: { update: isSchemeManagerField },
    },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      defaultValue: 'running',
      index: true,
      options: [...noticeOutcomes],
      access: { update: isSchemeManagerField },
    },
    {
      name: 'zone',
      type: 'textarea',
      maxLength: 2000,
      access: { update: isSchemeManagerField },
      admin: {
        description: "The exclusion area as the scheme's settings described it when the notice was made.",
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          access: { update: isSchemeManagerField },
        },
        { name: 'endsAt', type: 'date', index: true, access: { update: isSchemeManagerField } },
        { name: 'appealFrom', type: 'date', access: { update: isSchemeManagerField } },
      ],
    },
    {
      name: 'lastBreachAt',
      type: 'date',
      access: { update: isSchemeManagerField },
      admin: {
        readOnly: true,
        description: 'The latest report during the notice; the appeal date runs from it.',
      },
    },
    {
      name: 'calculation',
      type: 'group',
      access: { update: isSchemeManagerField },
      admin: { description: "The stage the scheme's rules suggested, and why staff chose otherwise." },
      fields: [
        {
          name: 'suggestedStage',
          type: 'select',
          options: [{ label: 'None', value: 'none' }, ...noticeStages],
          admin: { readOnly: true },
          access: { create: nobodyField, update: nobodyField },
        },
        {
          name: 'points',
          type: 'number',
          admin: { readOnly: true },
          access: { create: nobodyField, update: nobodyField },
        },
        {
          name: 'reasons',
          type: 'json',
          admin: { readOnly: true },
          access: { create: nobodyField, update: nobodyField },
        },
        {
          name: 'overrideReason',
          type: 'textarea',
          maxLength: 1000,
          admin: { description: 'Needed when the stage chosen is not the one the rules suggest.' },
        },
      ],
    },
    {
      name: 'service',
      type: 'group',
      label: 'Served',
      fields: [
        { name: 'servedAt', type: 'date', index: true, access: serviceAccess },
        {
          name: 'servedByStaff',
          type: 'relationship',
          relationTo: 'users',
          // Set from the account recording the service (hooks/stampNoticeServer), never from the data.
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
        {
          name: 'servedByMember',
          type: 'relationship',
          relationTo: 'members',
          // Set from the account recording the service (hooks/stampNoticeServer), never from the data.
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
        { name: 'servedByName', type: 'text', maxLength: 120, access: serviceAccess },
        { name: 'place', type: 'text', maxLength: 200, access: serviceAccess },
        { name: 'signature', type: 'select', options: [...noticeSignatures], access: serviceAccess },
        {
          name: 'signedDocument',
          type: 'relationship',
          relationTo: 'signed-documents',
          admin: { readOnly: true },
          access: { create: nobodyField, update: nobodyField },
        },
      ],
    },
    {
      name: 'noticePdf',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/NoticePdfLink#NoticePdfLink' } },
    },
    {
      name: 'retainUntil',
      type: 'date',
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: "When this notice is deleted: the settings' notice retention period after it ends.",
      },
    },
  ],
  timestamps: true,
}
