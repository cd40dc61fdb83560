import type { CollectionConfig } from 'payload'
import { nobody } from '@/access/common'

/**
 * Counters for rate limits (e.g. join applications per address and per email), kept in PostgreSQL so every
 * app instance counts the same requests. Only `lib/rateLimit` touches it, with an atomic SQL upsert; no API
 * and no admin screen reads or writes it. Keys are keyed hashes, never a raw address or email.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  labels: { singular: 'Rate limit', plural: 'Rate limits' },
  admin: { hidden: true },
  access: {
    create: nobody,
    read: nobody,
    update: nobody,
    delete: nobody,
  },
  // Nobody edits these rows in the admin, so there is nothing to lock.
  lockDocuments: false,
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, maxLength: 200 },
    // Indexed for pruning old windows.
    { name: 'windowStart', type: 'date', required: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
