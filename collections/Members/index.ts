import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { memberRoles } from '@/access/roles'
import { isSchemeManager, isSchemeManagerField } from '@/access/staff'
import { validateNewLinks } from '@/collections/Incidents/validation/validateNewLinks'
import { notRetired } from '@/fields/notRetired'
import { auditLogin } from '@/lib/audit/auditLogin'
import { limitAuthRequests } from '@/lib/rateLimit/limitAuthRequests'
import { releaseSignInAttempts } from '@/lib/rateLimit/releaseSignInAttempts'
import { payloadAuthCookies } from '@/lib/security/payloadAuthCookies'
import { refuseWeakPassword } from '@/lib/security/refuseWeakPassword'
import { createMembers } from './access/createMembers'
import { manageBusinessStaffField } from './access/manageBusinessStaffField'
import { readMembers } from './access/readMembers'
import { updateMembers } from './access/updateMembers'
import { deleteOwnRecords } from './hooks/deleteOwnRecords'
import { recordWhoSuspended } from './hooks/recordWhoSuspended'
import { scopeToManagersBusiness } from './hooks/scopeToManagersBusiness'
import { validateRoleDetails } from './hooks/validateRoleDetails'
import { passwordResetEmailHTML, passwordResetEmailSubject } from './passwordResetEmail'

/**
 * Portal accounts: staff of member businesses, police officers and partner agencies. They sign in to the
 * members' area (next-auth over `payload.login`), never to Payload's admin.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'business', 'accountStatus'],
    group: 'Scheme',
  },
  auth: {
    tokenExpiration: 60 * 60 * 8, // a shift, not a month: phones behind tills get lost
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: payloadAuthCookies(),
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: passwordResetEmailSubject,
      generateEmailHTML: passwordResetEmailHTML,
    },
  },
  access: {
    // Members never reach the admin, whatever else they may do.
    admin: () => false,
    create: createMembers,
    read: readMembers,
    update: updateMembers,
    delete: isSchemeManager,
    unlock: isSchemeManager,
  },
  hooks: {
    // Password rule and sign-in/reset rate limits: docs/security.md.
    beforeOperation: [refuseWeakPassword, limitAuthRequests],
    beforeChange: [scopeToManagersBusiness, validateRoleDetails, recordWhoSuspended],
    afterLogin: [auditLogin, releaseSignInAttempts],
    beforeDelete: [deleteOwnRecords],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      index: true,
      saveToJWT: true,
      options: memberRoles.map((value) => ({ label: value.replace('-', ' '), value })),
      access: { create: manageBusinessStaffField, update: manageBusinessStaffField },
    },
    {
      name: 'business',
      type: 'relationship',
      relationTo: 'businesses',
      index: true,
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'member' || data?.role === 'business-manager' },
      // Business managers add staff to their own business only; the hook fills it in.
      access: { create: isSchemeManagerField, update: isSchemeManagerField },
    },
    {
      name: 'accountStatus',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      saveToJWT: true,
      options: [
        { label: 'Active', value: 'active' },
        { label: 'Suspended', value: 'suspended' },
      ],
      access: { create: manageBusinessStaffField, update: manageBusinessStaffField },
    },
    {
      // Who suspended the account: a business manager may lift only their business's own suspensions.
      name: 'suspendedBy',
      type: 'select',
      options: [
        { label: 'Scheme staff', value: 'staff' },
        { label: 'Business manager', value: 'business' },
      ],
      admin: {
        readOnly: true,
        condition: (data) => data?.accountStatus === 'suspended',
        description:
          'Set from who changed the status. A business manager cannot re-activate a suspension by staff.',
      },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      type: 'row',
      admin: { condition: (data) => data?.role === 'police' },
      fields: [
        { name: 'force', type: 'text', maxLength: 120, access: { update: isSchemeManagerField } },
        { name: 'collarNumber', type: 'text', maxLength: 20, access: { update: isSchemeManagerField } },
      ],
    },
    {
      // A partner's agency (collections/PartnerAgencies): what the account reads comes from that record.
      name: 'agency',
      type: 'relationship',
      relationTo: 'partner-agencies',
      index: true,
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'partner' },
      access: { create: isSchemeManagerField, update: isSchemeManagerField },
      filterOptions: notRetired,
      validate: validateNewLinks('Choose an agency that is still in use.'),
    },
    { name: 'phone', type: 'text', maxLength: 40 },
    {
      // What the member chooses to be sent; their own to change in /account (features/account).
      name: 'notifications',
      type: 'group',
      fields: [
        {
          name: 'weeklyBulletin',
          label: 'Weekly bulletin by email',
          type: 'checkbox',
          defaultValue: true,
          index: true,
          admin: { description: 'A Monday email: the week’s briefings and gallery changes, naming no one.' },
        },
      ],
    },
    {
      name: 'mustChangePassword',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Invited members choose their own password at first sign-in.' },
      access: { update: nobodyField },
    },
  ],
  timestamps: true,
}
