import type { CollectionConfig } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { retiredField } from '@/fields/retiredField'
import { vocabularyKeyField } from '@/fields/vocabularyKeyField'
import { auditKeyedChange, auditKeyedDelete } from '@/lib/audit/auditKeyedChange'
import { readIncidentTypes } from './access/readIncidentTypes'
import { refuseDeletingUsedType } from './hooks/refuseDeletingUsedType'
import { incidentMeanings } from './incidentMeanings'

/**
 * What members can report: the scheme's own list (docs/vocabulary.md). Reports store the key, so renaming
 * a type relabels its reports and never changes what they mean; a type in use is retired, not deleted.
 */
export const IncidentTypes: CollectionConfig = {
  slug: 'incident-types',
  labels: { singular: 'Incident type', plural: 'Incident types' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'id', 'meaning', 'asksValue', 'retired', 'sortOrder'],
    group: 'Settings',
  },
  access: {
    read: readIncidentTypes,
    create: isSchemeManager,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: {
    beforeDelete: [refuseDeletingUsedType],
    afterChange: [auditKeyedChange],
    afterDelete: [auditKeyedDelete],
  },
  defaultSort: 'sortOrder',
  fields: [
    vocabularyKeyField('fly-tipping'),
    { name: 'label', type: 'text', required: true, maxLength: 80 },
    {
      name: 'meaning',
      type: 'select',
      required: true,
      defaultValue: 'offence',
      index: true,
      options: [...incidentMeanings],
      admin: { description: 'What the system does with it. Most types are an offence or incident.' },
    },
    {
      name: 'asksValue',
      label: 'Ask for value lost and recovered',
      type: 'checkbox',
      defaultValue: true,
    },
    {
      name: 'sortOrder',
      type: 'number',
      defaultValue: 100,
      index: true,
      admin: { position: 'sidebar', description: 'Lower comes first on the report form.' },
    },
    retiredField,
  ],
  timestamps: true,
}
