import type { CollectionConfig } from 'payload'
import { nobody, nobodyField } from '@/access/common'
import { isAdmin } from '@/access/staff'
import { businessCategories } from '@/collections/Businesses/businessCategories'
import { readAlertDeliveryField } from './access/readAlertDeliveryField'
import { readTownAlerts } from './access/readTownAlerts'
import { sendsTownAlerts } from './access/sendsTownAlerts'
import { stampSender } from './hooks/stampSender'
import { placeNamesNobody } from './placeNamesNobody'

const systemOnly = { create: nobodyField, update: nobodyField }
const deliveryField = { read: readAlertDeliveryField, ...systemOnly }

/**
 * "In town now" alerts (docs/push-alerts.md): police or scheme staff saw a gallery profile in town and told
 * the members of the businesses they chose. The record is the alert's history: who, where, to whom, how it
 * went. The push and email carry only the place and this record's id; the profile is shown on
 * /alerts/<id> to members the alert went to who may see the gallery.
 */
export const TownAlerts: CollectionConfig = {
  slug: 'town-alerts',
  labels: { singular: '“In town now” alert', plural: '“In town now” alerts' },
  admin: {
    defaultColumns: ['offender', 'place', 'sentAt', 'sentBy'],
    group: 'Scheme',
  },
  access: {
    create: sendsTownAlerts,
    read: readTownAlerts,
    update: nobody,
    delete: isAdmin,
  },
  hooks: { beforeChange: [stampSender] },
  defaultSort: '-sentAt',
  fields: [
    {
      name: 'offender',
      label: 'Profile',
      type: 'relationship',
      relationTo: 'offenders',
      // Not required in the schema: a profile erased by retention leaves its alerts' history without it
      // (the key is set to null). The send itself always names one (features/pushAlerts).
      index: true,
      // Only a profile the sender may read (the profiles' own read access).
      filterOptions: () => true,
    },
    {
      name: 'place',
      label: 'Seen at',
      type: 'text',
      required: true,
      maxLength: 120,
      // Pushed to lock screens as typed: no name of the profile in it.
      validate: placeNamesNobody,
    },
    {
      name: 'audience',
      type: 'group',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'all',
          options: [
            { label: 'All member businesses', value: 'all' },
            { label: 'Businesses of one type', value: 'category' },
            { label: 'Businesses in one area (postcode)', value: 'area' },
          ],
        },
        { name: 'category', type: 'select', options: [...businessCategories] },
        { name: 'area', label: 'Postcode area', type: 'text', maxLength: 8 },
      ],
    },
    {
      name: 'sentBy',
      type: 'relationship',
      relationTo: ['users', 'members'],
      index: true,
      admin: { readOnly: true },
      access: systemOnly,
    },
    { name: 'sentAt', type: 'date', index: true, admin: { readOnly: true }, access: systemOnly },
    {
      name: 'recipients',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      index: true,
      admin: { readOnly: true },
      access: deliveryField,
    },
    {
      name: 'counts',
      type: 'group',
      admin: { readOnly: true },
      access: deliveryField,
      fields: [
        { name: 'members', type: 'number', defaultValue: 0 },
        { name: 'pushed', type: 'number', defaultValue: 0 },
        { name: 'emailed', type: 'number', defaultValue: 0 },
        { name: 'skipped', type: 'number', defaultValue: 0 },
        { name: 'failed', type: 'number', defaultValue: 0 },
      ],
    },
  ],
  timestamps: true,
}
