import type { CollectionConfig } from 'payload'
import { isContentStaff } from '@/access/staff'
import { slugField } from '@/fields/slugField'
import { readBriefings } from './access/readBriefings'
import { queueAlertEmail } from './hooks/queueAlertEmail'
import { revalidateBriefing } from './hooks/revalidateBriefing'

/** News, alerts and events written by BID staff, for the public or for members only. */
export const Briefings: CollectionConfig = {
  slug: 'briefings',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'audience', 'publishedAt', '_status'],
    group: 'Content',
  },
  access: {
    read: readBriefings,
    create: isContentStaff,
    update: isContentStaff,
    delete: isContentStaff,
    readVersions: isContentStaff,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 30 },
  hooks: {
    // Purge the prerendered public news pages at once when a public briefing changes.
    // Alerts are also emailed to members, through the jobs queue.
    afterChange: [revalidateBriefing, queueAlertEmail],
    afterDelete: [revalidateBriefing],
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'news',
          index: true,
          options: [
            { label: 'News', value: 'news' },
            { label: 'Alert', value: 'alert' },
            { label: 'Event', value: 'event' },
          ],
        },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'members',
          index: true,
          options: [
            { label: 'Public', value: 'public' },
            { label: 'Members only', value: 'members' },
          ],
        },
      ],
    },
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar' } },
    {
      name: 'emailedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, description: 'When this alert was emailed to members.' },
      access: { create: () => false, update: () => false },
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 300 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'content', type: 'richText' },
    {
      name: 'event',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'event' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'startsAt',
              type: 'date',
              index: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            { name: 'endsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'place', type: 'text', maxLength: 200 },
        { name: 'howToAttend', type: 'textarea', maxLength: 1000 },
        { name: 'rsvpEnabled', label: 'Take RSVPs', type: 'checkbox', defaultValue: true },
      ],
    },
  ],
  timestamps: true,
}
