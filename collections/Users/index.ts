import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { staffRoles } from '@/access/roles'
import { isAdmin, isAdminField, isStaff } from '@/access/staff'
import { siteUrl } from '@/lib/env/siteUrl'
import { limitAuthRequests } from '@/lib/rateLimit/limitAuthRequests'
import { releaseSignInAttempts } from '@/lib/rateLimit/releaseSignInAttempts'
import { refuseWeakPassword } from '@/lib/security/refuseWeakPassword'
import { staffSessionLimits } from '@/lib/staffAuth/staffSessionLimits'
import { readStaffAccounts } from './access/readStaffAccounts'
import { updateOwnOrAdmin } from './access/updateOwnOrAdmin'
import { auditStaffLogin } from './hooks/auditStaffLogin'
import { limitStaffRefresh } from './hooks/limitStaffRefresh'
import { requireSecondFactor } from './hooks/requireSecondFactor'
import { staffPasswordResetEmailHTML, staffPasswordResetEmailSubject } from './staffPasswordResetEmail'

/** BID staff: the only accounts that reach Payload's admin. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff account', plural: 'Staff accounts' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Settings',
  },
  auth: {
    // Idle limit: the admin refreshes the token while in use; limitStaffRefresh adds the absolute limit.
    tokenExpiration: staffSessionLimits.idleMinutes * 60,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // Secure whenever the site is served over HTTPS; our own sign-in sets this same cookie (staffCookie).
    cookies: { secure: siteUrl().startsWith('https://'), sameSite: 'Lax' },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: staffPasswordResetEmailSubject,
      generateEmailHTML: staffPasswordResetEmailHTML,
    },
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: readStaffAccounts,
    update: updateOwnOrAdmin,
    delete: isAdmin,
    // Payload's default lets any logged-in account unlock others (GHSA-jg8r-5jh2-v2xj).
    unlock: isAdmin,
  },
  hooks: {
    // A staff session needs password AND second factor: only our own sign-in (/staff/sign-in) gets past
    // this hook (docs/staff-second-factor.md).
    beforeLogin: [requireSecondFactor],
    // Password rule; rate limits on REST sign-in, forgot and reset (docs/security.md).
    beforeOperation: [refuseWeakPassword, limitAuthRequests],
    afterLogin: [auditStaffLogin, releaseSignInAttempts],
    // Sessions end 30 minutes after the last refresh and 10 hours after sign-in (docs/security.md).
    refresh: [limitStaffRefresh],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: staffRoles.map((value) => ({ label: value.replace('-', ' '), value })),
      saveToJWT: true,
      index: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // The second factor (TOTP) every staff account must set up. Hidden: never leaves the server, and
      // only lib/staffAuth writes it (overrideAccess) after checking a code from the authenticator app.
      name: 'secondFactor',
      type: 'group',
      admin: { hidden: true },
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      fields: [
        { name: 'secret', type: 'text', hidden: true, maxLength: 128 },
        { name: 'pendingSecret', type: 'text', hidden: true, maxLength: 128 },
        { name: 'enabledAt', type: 'date' },
        { name: 'lastUsedStep', type: 'number', hidden: true },
        { name: 'recoveryCodes', type: 'json', hidden: true },
      ],
    },
    {
      // Not stored: shows whether the factor is set up, and gives admins the button that clears it.
      name: 'secondFactorStatus',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: { Field: '/components/staff/SecondFactorAdminField#SecondFactorAdminField' },
      },
    },
  ],
  timestamps: true,
}
