import type { CollectionConfig } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { retiredField } from '@/fields/retiredField'
import { vocabularyKeyField } from '@/fields/vocabularyKeyField'
import { auditKeyedChange, auditKeyedDelete } from '@/lib/audit/auditKeyedChange'
import { readPoliceOutcomes } from './access/readPoliceOutcomes'
import { refuseDeletingUsedOutcome } from './hooks/refuseDeletingUsedOutcome'
import { outcomeMeanings } from './outcomeMeanings'

/**
 * What police recorded as the result of a report: the scheme's own list (docs/vocabulary.md). Reports store
 * the key; the outcome report lists outcomes in this order and totals them by what each counts as.
 */
export const PoliceOutcomes: CollectionConfig = {
  slug: 'police-outcomes',
  labels: { singular: 'Police outcome', plural: 'Police outcomes' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'id', 'countsAs', 'retired', 'sortOrder'],
    group: 'Settings',
  },
  access: {
    read: readPoliceOutcomes,
    create: isSchemeManager,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: {
    beforeDelete: [refuseDeletingUsedOutcome],
    afterChange: [auditKeyedChange],
    afterDelete: [auditKeyedDelete],
  },
  defaultSort: 'sortOrder',
  fields: [
    vocabularyKeyField('community-resolution'),
    { name: 'label', type: 'text', required: true, maxLength: 80 },
    {
      name: 'countsAs',
      label: 'Counts as',
      type: 'select',
      required: true,
      defaultValue: 'positive',
      index: true,
      options: [...outcomeMeanings],
      admin: { description: 'How the outcome report totals it.' },
    },
    {
      name: 'closesCase',
      label: 'Closes the case',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        description:
          'A final disposal (a conviction, a caution, no further action). A report with a crime reference is kept past the retention period until its outcome closes the case.',
      },
    },
    {
      name: 'sortOrder',
      type: 'number',
      defaultValue: 100,
      index: true,
      admin: { position: 'sidebar', description: 'Lower comes first on forms and in the outcome report.' },
    },
    retiredField,
  ],
  timestamps: true,
}
