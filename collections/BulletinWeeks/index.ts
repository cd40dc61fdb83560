import type { CollectionConfig } from 'payload'
import { nobody } from '@/access/common'
import { isSchemeManager } from '@/access/staff'

/**
 * One row per ISO week whose members' bulletin went out (jobs/weeklyBulletin.ts). The job writes the row
 * before it sends, and the week is unique, so a second run of the same week finds it and sends nothing.
 * Only the job writes it; scheme staff may read it (when did the bulletin go, to how many).
 */
export const BulletinWeeks: CollectionConfig = {
  slug: 'bulletin-weeks',
  labels: { singular: 'Bulletin sent', plural: 'Bulletins sent' },
  admin: { useAsTitle: 'week', defaultColumns: ['week', 'sentAt', 'recipients'], group: 'Settings' },
  access: { create: nobody, read: isSchemeManager, update: nobody, delete: nobody },
  defaultSort: '-week',
  fields: [
    {
      name: 'week',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 8,
      admin: { readOnly: true, description: 'ISO week, e.g. 2026-W49 (Monday to Sunday, UK time).' },
    },
    { name: 'sentAt', type: 'date', admin: { readOnly: true } },
    { name: 'recipients', type: 'number', min: 0, admin: { readOnly: true } },
  ],
  timestamps: true,
}
