import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { nobodyField } from '@/access/common'
import { createOwnSubscription } from './access/createOwnSubscription'
import { deleteSubscriptions } from './access/deleteSubscriptions'
import { ownSubscriptionsOnly } from './access/ownSubscriptionsOnly'
import { readOwnSubscriptions } from './access/readOwnSubscriptions'
import { takeOwnerFromSession } from './hooks/takeOwnerFromSession'
import { clockPattern } from './rules/subscriptionRules'

const systemOnly = { create: nobodyField, update: nobodyField }
const clockTime: TextFieldSingleValidation = (value) =>
  !value || clockPattern.test(value) ? true : 'Use a 24-hour time such as 22:00.'

/**
 * A member's browser or phone subscribed to web push (docs/push-alerts.md): one row per device, owned by the
 * member from the session. The device's keys are read only by the sending code (field read closed), so
 * neither staff screens nor the member's pages ever show them. Members reach this only
 * through the account page's server actions; their REST door is closed like everywhere else.
 */
export const PushSubscriptions: CollectionConfig = {
  slug: 'push-subscriptions',
  labels: { singular: 'Push subscription', plural: 'Push subscriptions' },
  admin: {
    useAsTitle: 'deviceLabel',
    defaultColumns: ['member', 'deviceLabel', 'lastSuccessAt', 'failureCount'],
    group: 'Members',
  },
  access: {
    create: createOwnSubscription,
    read: readOwnSubscriptions,
    update: ownSubscriptionsOnly,
    delete: deleteSubscriptions,
  },
  hooks: { beforeChange: [takeOwnerFromSession] },
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      admin: { readOnly: true },
      access: systemOnly,
    },
    {
      name: 'endpoint',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 1000,
      // The push service's address for this browser; useless without the scheme's VAPID private key.
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'keys',
      type: 'group',
      // Read only by the sending code (overrideAccess): no screen or page needs a device's keys. The owner
      // may replace them (a browser renews its keys at the same address).
      access: { read: nobodyField },
      admin: { hidden: true },
      fields: [
        { name: 'p256dh', type: 'text', required: true, maxLength: 200 },
        { name: 'auth', type: 'text', required: true, maxLength: 100 },
      ],
    },
    { name: 'deviceLabel', label: 'Device', type: 'text', maxLength: 80 },
    {
      name: 'preferences',
      type: 'group',
      fields: [
        { name: 'urgent', label: 'Urgent alerts', type: 'checkbox', defaultValue: true },
        { name: 'inTown', label: '“In town now” sightings', type: 'checkbox', defaultValue: true },
        { name: 'briefings', label: 'New briefings', type: 'checkbox', defaultValue: true },
        { name: 'digest', label: 'Weekly digest', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'quietHours',
      type: 'group',
      admin: { description: 'UK time. Urgent alerts still come through.' },
      fields: [
        { name: 'start', type: 'text', maxLength: 5, validate: clockTime },
        { name: 'end', type: 'text', maxLength: 5, validate: clockTime },
      ],
    },
    { name: 'lastSuccessAt', type: 'date', admin: { readOnly: true }, access: systemOnly },
    {
      name: 'failureCount',
      type: 'number',
      defaultValue: 0,
      admin: { readOnly: true },
      access: systemOnly,
    },
  ],
  timestamps: true,
}
