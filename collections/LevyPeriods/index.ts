import type { CollectionConfig } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { checkLevyPeriodDates } from './hooks/checkLevyPeriodDates'
import { validateMoney } from './validation/validateMoney'

const pounds = (name: string, label: string, what: string, required = false) => ({
  name,
  label,
  type: 'number' as const,
  required,
  defaultValue: required ? undefined : 0,
  min: 0,
  admin: { step: 0.01 },
  validate: validateMoney(what, required),
})

/**
 * The BID levy collected and the scheme's running costs for one period, entered by scheme staff, so the
 * outcome report can set what the scheme achieved against what it cost (docs/outcome-reports.md). Staff
 * only: members, police and partners get nothing (docs/access-control.md).
 */
export const LevyPeriods: CollectionConfig = {
  slug: 'levy-periods',
  labels: { singular: 'Levy period', plural: 'Levy periods' },
  admin: {
    useAsTitle: 'startsOn',
    defaultColumns: ['startsOn', 'endsOn', 'levyCollected'],
    group: 'Scheme',
    description: 'The levy and running costs for each period, for the outcome report’s return on levy.',
  },
  access: {
    create: isSchemeManager,
    read: isSchemeManager,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: { beforeChange: [checkLevyPeriodDates] },
  defaultSort: '-startsOn',
  // One record per period; the hook also refuses overlaps, which a unique index cannot express.
  indexes: [{ fields: ['startsOn', 'endsOn'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'startsOn',
          label: 'First day',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
        {
          name: 'endsOn',
          label: 'Last day',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
      ],
    },
    pounds('levyCollected', 'Levy collected (£)', 'levy collected', true),
    {
      name: 'costs',
      label: 'Scheme running costs (£)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            pounds('staff', 'Staff', 'staff cost'),
            pounds('radios', 'Radios and kit', 'radios and kit cost'),
            pounds('other', 'Other', 'other cost'),
          ],
        },
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 2000 },
  ],
  timestamps: true,
}
