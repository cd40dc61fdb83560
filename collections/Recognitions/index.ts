import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager } from '@/access/staff'
import { policeOrSchemeManagerField } from '../Incidents/access/policeOrSchemeManagerField'
import { linkableProfiles } from '../Offenders/access/linkableProfiles'
import { createRecognitions } from './access/createRecognitions'
import { readRecognitions } from './access/readRecognitions'
import { identificationFields } from './fields/identificationFields'
import { reviewFields } from './fields/reviewFields'
import { copyViewedImageFingerprint } from './hooks/copyViewedImageFingerprint'
import { stampReview } from './hooks/stampReview'
import { takeRecogniserFromSession } from './hooks/takeRecogniserFromSession'
import { recognitionSources } from './rules/turnbullChoices'

/**
 * The recognition log: "I recognise this person" from a member or officer, for staff to review. Who
 * recognised whom is intelligence: only scheme staff and police read it. A member's recognition answers
 * what a court asks of it (fields/identificationFields.ts).
 */
export const Recognitions: CollectionConfig = {
  slug: 'recognitions',
  admin: {
    useAsTitle: 'source',
    defaultColumns: ['offender', 'member', 'recognisedAt', 'source', 'confidence', 'reviewed'],
    group: 'Scheme',
  },
  access: {
    create: createRecognitions,
    read: readRecognitions,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: { beforeChange: [takeRecogniserFromSession, copyViewedImageFingerprint, stampReview] },
  defaultSort: '-recognisedAt',
  fields: [
    {
      name: 'offender',
      type: 'relationship',
      relationTo: 'offenders',
      required: true,
      index: true,
      // Only a profile the recogniser may read: never a proposal or a safeguarded person.
      filterOptions: linkableProfiles,
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      admin: { readOnly: true },
      access: { create: nobodyField, update: nobodyField, read: policeOrSchemeManagerField },
    },
    {
      name: 'recognisedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      options: [...recognitionSources],
    },
    {
      name: 'confidence',
      type: 'select',
      required: true,
      options: [
        { label: 'Possibly', value: 'possible' },
        { label: 'Probably', value: 'likely' },
        { label: 'Certain', value: 'certain' },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 500 },
    identificationFields,
    ...reviewFields,
  ],
  timestamps: true,
}
