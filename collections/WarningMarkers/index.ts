import type { CollectionConfig } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { retiredField } from '@/fields/retiredField'
import { vocabularyKeyField } from '@/fields/vocabularyKeyField'
import { auditKeyedChange, auditKeyedDelete } from '@/lib/audit/auditKeyedChange'
import { readWarningMarkers } from './access/readWarningMarkers'
import { refuseDeletingUsedMarker } from './hooks/refuseDeletingUsedMarker'

/** What members should expect from someone in the gallery (violence, weapons…): the scheme's own list. */
export const WarningMarkers: CollectionConfig = {
  slug: 'warning-markers',
  labels: { singular: 'Warning marker', plural: 'Warning markers' },
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'id', 'retired'], group: 'Settings' },
  access: {
    read: readWarningMarkers,
    create: isSchemeManager,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: {
    beforeDelete: [refuseDeletingUsedMarker],
    afterChange: [auditKeyedChange],
    afterDelete: [auditKeyedDelete],
  },
  defaultSort: 'label',
  fields: [
    vocabularyKeyField('weapons'),
    { name: 'label', type: 'text', required: true, maxLength: 80 },
    retiredField,
  ],
  timestamps: true,
}
