import type { Field } from 'payload'
import { staffWrites } from './fieldAccess'

/**
 * The exclusion record: stage, dates and how the notice was served. Staff set the stage and start; the end
 * and appeal dates follow the scheme's rules (hooks/fillExclusionDates.ts).
 */
export const exclusionField: Field = {
  name: 'exclusion',
  type: 'group',
  access: staffWrites,
  fields: [
    {
      name: 'stage',
      type: 'select',
      defaultValue: 'none',
      index: true,
      options: [
        { label: 'None', value: 'none' },
        { label: 'Warning (yellow)', value: 'warning' },
        { label: 'Exclusion (red)', value: 'exclusion' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date' },
        { name: 'endsAt', type: 'date', index: true },
        { name: 'appealFrom', type: 'date' },
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
      name: 'notice',
      type: 'group',
      fields: [
        { name: 'servedAt', type: 'date' },
        { name: 'servedBy', type: 'text', maxLength: 120 },
        {
          name: 'method',
          type: 'select',
          options: [
            { label: 'In person', value: 'in-person' },
            { label: 'By post', value: 'post' },
            { label: 'By police', value: 'police' },
          ],
        },
      ],
    },
  ],
}
