import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager } from '@/access/staff'
import { createRsvps } from './access/createRsvps'
import { ownRsvps } from './access/ownRsvps'
import { takeAttendeeFromSession } from './hooks/takeAttendeeFromSession'

/** Members' replies to event briefings. One per member and event (the unique index enforces it). */
export const EventRsvps: CollectionConfig = {
  slug: 'event-rsvps',
  labels: { singular: 'Event RSVP', plural: 'Event RSVPs' },
  admin: {
    useAsTitle: 'response',
    defaultColumns: ['event', 'member', 'response', 'updatedAt'],
    group: 'Content',
  },
  access: {
    create: createRsvps,
    read: ownRsvps,
    update: ownRsvps,
    delete: isSchemeManager,
  },
  hooks: { beforeChange: [takeAttendeeFromSession] },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'briefings', required: true, index: true },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      admin: { readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'response',
      type: 'select',
      required: true,
      defaultValue: 'going',
      options: [
        { label: 'Going', value: 'going' },
        { label: 'Not going', value: 'not-going' },
      ],
    },
  ],
  indexes: [{ fields: ['event', 'member'], unique: true }],
  timestamps: true,
}
