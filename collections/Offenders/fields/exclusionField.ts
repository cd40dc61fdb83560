import type { Field } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManagerField } from '@/access/staff'
import { noticeStages } from '@/collections/ExclusionNotices/noticeOptions'

const mirrored = { create: nobodyField, update: nobodyField }

/**
 * The profile's running warning or exclusion, mirrored from its exclusion notices (the record of each
 * notice, its serving and its calculation): stage and dates of the running notice, or stage "none" with the
 * dates of the last one. Read-only to everyone: only the notices' hook writes it
 * (collections/ExclusionNotices/hooks/mirrorOnProfile.ts). Kept on the profile because the gallery, badges,
 * breach checks, retention and reports filter on it.
 */
export const exclusionField: Field = {
  name: 'exclusion',
  type: 'group',
  access: mirrored,
  admin: {
    description: 'Follows the running exclusion notice below: add or change a notice to change it.',
  },
  fields: [
    {
      name: 'stage',
      type: 'select',
      defaultValue: 'none',
      index: true,
      options: [{ label: 'None', value: 'none' }, ...noticeStages],
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', index: true, admin: { readOnly: true } },
        { name: 'endsAt', type: 'date', index: true, admin: { readOnly: true } },
        { name: 'appealFrom', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      name: 'lastBreachAt',
      type: 'date',
      admin: {
        readOnly: true,
        description: 'The latest report during the exclusion; the appeal date runs from it.',
      },
    },
    {
      name: 'currentNotice',
      type: 'relationship',
      relationTo: 'exclusion-notices',
      // The notice record (who served it, the signature) is staff's; the badge needs only the stage.
      access: { read: isSchemeManagerField, ...mirrored },
      admin: { readOnly: true },
    },
  ],
}

/** The profile's notices, newest first, on its admin page (the history the mirror above follows). */
export const exclusionNoticesField: Field = {
  name: 'exclusionNotices',
  type: 'join',
  collection: 'exclusion-notices',
  on: 'offender',
  defaultSort: '-startsAt',
  defaultLimit: 20,
  access: { read: isSchemeManagerField },
  admin: { defaultColumns: ['stage', 'startsAt', 'endsAt', 'outcome'] },
}
