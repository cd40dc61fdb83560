import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager, isSchemeManagerField } from '@/access/staff'
import { createBusinesses } from './access/createBusinesses'
import { joinFormField } from './access/joinFormField'
import { readBusinesses } from './access/readBusinesses'
import { readPrivateBusinessField } from './access/readPrivateBusinessField'
import { updateOwnBusiness } from './access/updateOwnBusiness'
import { businessCategories } from './businessCategories'
import { deriveAdoption } from './hooks/deriveAdoption'
import { deriveSlug } from './hooks/deriveSlug'
import { onApplicationDecision } from './hooks/onApplicationDecision'
import { recordAgreementOnApproval } from './hooks/recordAgreementOnApproval'
import { revalidateAdoptedShops } from './hooks/revalidateAdoptedShops'
import { rejectionReasonRequired } from './rejectionReasonRequired'

const privateField = { read: readPrivateBusinessField }
const staffOnlyWrite = {
  read: readPrivateBusinessField,
  create: isSchemeManagerField,
  update: isSchemeManagerField,
}

/**
 * Member organisations of the scheme, and the public list of shops adopted by a police officer. The public
 * join form creates applicants; staff approve (set Active) or reject them here (see the decision hooks).
 */
export const Businesses: CollectionConfig = {
  slug: 'businesses',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'membershipStatus', 'isAdopted'],
    group: 'Scheme',
  },
  access: {
    create: createBusinesses,
    read: readBusinesses,
    update: updateOwnBusiness,
    delete: isSchemeManager,
  },
  hooks: {
    beforeChange: [deriveSlug, deriveAdoption, recordAgreementOnApproval],
    afterChange: [onApplicationDecision, revalidateAdoptedShops],
    afterDelete: [revalidateAdoptedShops],
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160, index: true },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 100,
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      // Not stored: the business's "Scan to report" poster (docs/report-poster.md).
      name: 'reportPoster',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/PosterLink#PosterLink' } },
    },
    { name: 'category', type: 'select', required: true, index: true, options: [...businessCategories] },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'line1', label: 'Address line 1', type: 'text', required: true, maxLength: 160 },
        { name: 'line2', label: 'Address line 2', type: 'text', maxLength: 160 },
        { name: 'postcode', type: 'text', maxLength: 10 },
      ],
    },
    {
      name: 'location',
      type: 'group',
      admin: { description: 'Map position, for hotspot charts.' },
      fields: [
        { name: 'lat', type: 'number', min: -90, max: 90 },
        { name: 'lng', type: 'number', min: -180, max: 180 },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      access: privateField,
      fields: [
        { name: 'name', type: 'text', maxLength: 120 },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 40 },
      ],
    },
    {
      name: 'membershipStatus',
      type: 'select',
      required: true,
      defaultValue: 'applicant',
      index: true,
      options: [
        { label: 'Applicant', value: 'applicant' },
        { label: 'Active', value: 'active' },
        { label: 'Suspended', value: 'suspended' },
        { label: 'Lapsed', value: 'lapsed' },
        { label: 'Rejected', value: 'rejected' },
      ],
      access: staffOnlyWrite,
      admin: {
        position: 'sidebar',
        description:
          'Applicants come from the join form. Set Active to approve (the contact is invited as business manager by email), or Rejected with a reason (emailed to them).',
      },
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      maxLength: 1000,
      access: staffOnlyWrite,
      validate: rejectionReasonRequired,
      admin: {
        position: 'sidebar',
        condition: (data) => data?.membershipStatus === 'rejected',
        description: 'Emailed to the applicant when you reject the application.',
      },
    },
    {
      name: 'agreement',
      type: 'group',
      label: 'Information-sharing agreement',
      access: staffOnlyWrite,
      fields: [
        { name: 'signedAt', type: 'date' },
        { name: 'signedBy', type: 'text', maxLength: 120 },
      ],
    },
    {
      name: 'application',
      type: 'group',
      label: 'Application from the join form',
      access: privateField,
      admin: { condition: (data) => Boolean(data?.application?.termsAcceptedAt) },
      fields: [
        {
          name: 'termsAcceptedAt',
          type: 'date',
          label: 'Agreed to the information-sharing terms at',
          // Set by the join form's server code from its own clock, never by a person.
          access: { create: joinFormField, update: nobodyField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'adoptingOfficer',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      filterOptions: { role: { equals: 'police' } },
      access: staffOnlyWrite,
      // Payload's default check re-reads the officer with the editor's rights, which a business manager
      // lacks even when leaving the officer unchanged; the deriveAdoption hook checks the role instead.
      validate: (): true => true,
      admin: {
        position: 'sidebar',
        description: 'The police officer who adopts this shop (Cops Adopt A Shop).',
      },
    },
    {
      name: 'adoptedSince',
      type: 'date',
      access: { create: isSchemeManagerField, update: isSchemeManagerField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'isAdopted',
      label: 'Adopted',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'officerPublicName',
      type: 'text',
      maxLength: 60,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'What the public page shows: first name or role only, never a surname or collar number.',
      },
      access: { create: nobodyField, update: nobodyField },
    },
  ],
  timestamps: true,
}
