import type { GlobalConfig } from 'payload'
import { anyone } from '@/access/common'
import { isAdmin } from '@/access/staff'
import { revalidateSettings } from './hooks/revalidateSettings'

/**
 * Everything that makes this install one BID's scheme rather than another's. The privacy notice and
 * retention jobs read the periods from here, so changing them needs no code.
 */
export const SchemeSettings: GlobalConfig = {
  slug: 'scheme-settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  // Every public page shows the settings (header, footer, privacy notice): purge them at once on save.
  hooks: { afterChange: [revalidateSettings] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Scheme',
          fields: [
            { name: 'schemeName', type: 'text', required: true, defaultValue: 'NTARS', maxLength: 120 },
            { name: 'schemeFullName', type: 'text', maxLength: 200 },
            {
              name: 'townName',
              type: 'text',
              required: true,
              defaultValue: 'the town centre',
              maxLength: 80,
            },
            {
              name: 'bidName',
              type: 'text',
              required: true,
              defaultValue: 'Town Centre BID',
              maxLength: 120,
            },
            {
              name: 'contact',
              type: 'group',
              fields: [
                { name: 'email', type: 'email' },
                { name: 'phone', type: 'text', maxLength: 40 },
                { name: 'address', type: 'textarea', maxLength: 300 },
              ],
            },
            {
              name: 'emergencyGuidance',
              type: 'textarea',
              maxLength: 1000,
              defaultValue:
                'In an emergency, when a crime is in progress or someone is in danger, call 999. To report a crime that has already happened, call 101 or report online to the police.',
            },
          ],
        },
        {
          label: 'Rules',
          fields: [
            {
              name: 'retention',
              type: 'group',
              fields: [
                {
                  name: 'galleryMonths',
                  type: 'number',
                  required: true,
                  defaultValue: 12,
                  min: 1,
                  max: 60,
                  admin: {
                    description: 'A profile leaves the gallery this long after its last linked incident.',
                  },
                },
                {
                  name: 'reviewMonths',
                  type: 'number',
                  required: true,
                  defaultValue: 3,
                  min: 0,
                  max: 24,
                  admin: {
                    description: 'An archived profile is deleted after this review period unless held.',
                  },
                },
                {
                  name: 'incidentMonths',
                  type: 'number',
                  required: true,
                  defaultValue: 24,
                  min: 6,
                  max: 120,
                  admin: { description: 'Reports older than this are anonymised.' },
                },
              ],
            },
            {
              name: 'exclusions',
              type: 'group',
              fields: [
                { name: 'durationMonths', type: 'number', required: true, defaultValue: 12, min: 1, max: 60 },
                {
                  name: 'appealAfterMonths',
                  type: 'number',
                  required: true,
                  defaultValue: 6,
                  min: 1,
                  max: 60,
                  admin: {
                    description: 'An excluded person may appeal after this many incident-free months.',
                  },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
