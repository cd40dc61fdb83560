import type { GlobalConfig } from 'payload'
import { anyone } from '@/access/common'
import { isAdmin } from '@/access/staff'
import { defaultBrandColour } from '@/lib/brand/brandColoursOf'
import { exclusionZoneFields } from './fields/exclusionZoneFields'
import { noticeCalculatorFields } from './fields/noticeCalculatorFields'
import { auditSettingsChange } from './hooks/auditSettingsChange'
import { revalidateSettings } from './hooks/revalidateSettings'
import { validateBrandColour } from './rules/validateBrandColour'
import { validateReferencePrefix } from './rules/validateReferencePrefix'

/**
 * Everything that makes this install one BID's scheme rather than another's: its names, report prefix,
 * logo, icon and colour (docs/scheme-identity.md), contacts, and the periods the privacy notice and
 * retention jobs read. Changing any of them needs no code.
 */
export const SchemeSettings: GlobalConfig = {
  slug: 'scheme-settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  // Every page shows the settings (names, colours, icons, privacy notice): purge them at once on save.
  hooks: { afterChange: [revalidateSettings, auditSettingsChange] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Scheme',
          fields: [
            {
              name: 'schemeFullName',
              label: 'Scheme name',
              type: 'text',
              maxLength: 200,
              admin: {
                description:
                  'In full, e.g. "Riverside Business Crime Partnership": home page, privacy notice, web app name. The short name is used when empty.',
              },
            },
            {
              name: 'schemeName',
              label: 'Short name',
              type: 'text',
              required: true,
              defaultValue: 'NTARS',
              maxLength: 120,
              admin: {
                description:
                  'What people call the scheme, e.g. "RiverSafe": page titles, headers, email subjects, PDFs, the authenticator app.',
              },
            },
            {
              name: 'referencePrefix',
              type: 'text',
              required: true,
              defaultValue: 'NT',
              maxLength: 6,
              validate: validateReferencePrefix,
              admin: {
                description:
                  'Report references read PREFIX-000123. The number is the report itself, so references printed under an earlier prefix still find it (docs/scheme-identity.md).',
              },
            },
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
          label: 'Look',
          fields: [
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'media',
              admin: {
                description:
                  'Shown in the site and members’ headers, the admin and PDFs. Also the app icon when no icon is set.',
              },
            },
            {
              name: 'icon',
              type: 'upload',
              relationTo: 'media',
              admin: {
                description:
                  'A square image for the browser tab and the phone home screen (at least 512 × 512 pixels). Without one, the logo is used, then a built-in shield in the brand colour.',
              },
            },
            {
              name: 'brandColour',
              type: 'text',
              required: true,
              defaultValue: defaultBrandColour,
              maxLength: 7,
              validate: validateBrandColour,
              admin: {
                description:
                  'Headers and buttons, as # and six hex digits. Text on it is black or white, whichever reads better; headings in it are darkened when needed to stay readable.',
              },
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
                ...exclusionZoneFields,
                ...noticeCalculatorFields,
              ],
            },
          ],
        },
      ],
    },
  ],
}
