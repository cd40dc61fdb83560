import type { CollectionConfig } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { validateNewLinks } from '@/collections/Incidents/validation/validateNewLinks'
import { notRetired } from '@/fields/notRetired'
import { retiredField } from '@/fields/retiredField'
import { vocabularyKeyField } from '@/fields/vocabularyKeyField'
import { auditKeyedChange, auditKeyedDelete } from '@/lib/audit/auditKeyedChange'
import { readPartnerAgencies } from './access/readPartnerAgencies'
import { refuseDeletingUsedAgency } from './hooks/refuseDeletingUsedAgency'

/**
 * The scheme's partner agencies (council ASB unit, outreach…) and what each may read: the report types in
 * its remit, whether it sees the offender gallery, and whether it also follows every report linked to a
 * safeguarded person. The access functions of reports, evidence and profiles read this record
 * (collections/PartnerAgencies/access/partnerAgencyRules.ts); docs/access-control.md.
 */
export const PartnerAgencies: CollectionConfig = {
  slug: 'partner-agencies',
  labels: { singular: 'Partner agency', plural: 'Partner agencies' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'id', 'seesGallery', 'followsSafeguardedPeople', 'retired'],
    group: 'Settings',
  },
  access: {
    read: readPartnerAgencies,
    create: isSchemeManager,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: {
    beforeDelete: [refuseDeletingUsedAgency],
    afterChange: [auditKeyedChange],
    afterDelete: [auditKeyedDelete],
  },
  defaultSort: 'name',
  fields: [
    vocabularyKeyField('street-outreach'),
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'listHeading',
      type: 'text',
      required: true,
      maxLength: 60,
      defaultValue: 'Reports',
      admin: { description: 'What its members see their list of reports called, e.g. "ASB reports".' },
    },
    {
      name: 'remit',
      type: 'relationship',
      relationTo: 'incident-types',
      hasMany: true,
      admin: { description: 'The report types its accounts read.' },
      filterOptions: notRetired,
      validate: validateNewLinks('Choose report types that are still in use.'),
    },
    {
      name: 'seesGallery',
      label: 'Sees the offender gallery',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'followsSafeguardedPeople',
      label: 'Also reads every report linked to a safeguarded person',
      type: 'checkbox',
      defaultValue: false,
    },
    retiredField,
  ],
  timestamps: true,
}
