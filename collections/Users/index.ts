import type { CollectionConfig } from 'payload'
import { staffRoles } from '@/access/roles'
import { isAdmin, isAdminField, isStaff } from '@/access/staff'
import { auditLogin } from '@/lib/audit/auditLogin'
import { readStaffAccounts } from './access/readStaffAccounts'
import { updateOwnOrAdmin } from './access/updateOwnOrAdmin'

/** BID staff: the only accounts that reach Payload's admin. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Settings',
  },
  auth: {
    tokenExpiration: 60 * 60 * 8, // one working day
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
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
    afterLogin: [auditLogin],
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
  ],
  timestamps: true,
}
