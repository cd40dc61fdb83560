import type { CollectionConfig } from 'payload'
import { nobody } from '@/access/common'
import { isSchemeManager } from '@/access/staff'
import { auditActions } from '../../lib/audit/auditActions'

/**
 * Append-only record of who viewed, created, changed, approved or exported scheme data, and of every
 * sign-in. Nobody writes it through any API: entries come only from server code (see lib/audit).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'actorLabel', 'entityCollection', 'entityId', 'summary'],
    group: 'Data protection',
  },
  access: {
    read: isSchemeManager,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: [...auditActions] },
    { name: 'summary', type: 'text', required: true, maxLength: 500 },
    {
      type: 'row',
      fields: [
        {
          name: 'actorCollection',
          label: 'Actor kind',
          type: 'select',
          options: ['users', 'members'],
          index: true,
        },
        { name: 'actorId', label: 'Actor ID', type: 'number', index: true },
        { name: 'actorLabel', type: 'text', maxLength: 200 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'entityCollection', label: 'Record type', type: 'text', index: true, maxLength: 64 },
        { name: 'entityId', label: 'Record ID', type: 'number', index: true },
      ],
    },
    { name: 'ip', type: 'text', maxLength: 64 },
    { name: 'details', type: 'json' },
    {
      type: 'collapsible',
      label: 'Tamper evidence',
      admin: {
        initCollapsed: true,
        description:
          'Set by the database when the entry is written: each entry stores the hash of the one before, so a changed or removed entry breaks the chain (npm run audit:verify).',
      },
      fields: [
        { name: 'sequence', type: 'number', index: true, admin: { readOnly: true } },
        { name: 'prevHash', label: 'Previous hash', type: 'text', admin: { readOnly: true } },
        { name: 'hash', type: 'text', admin: { readOnly: true } },
      ],
    },
  ],
  timestamps: true,
  indexes: [{ fields: ['entityCollection', 'entityId'] }],
}
