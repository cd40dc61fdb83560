import type { Access, SanitizedConfig } from 'payload'
import { isAdmin, isStaff } from './staff'

/** Staff only, and then the rule Payload gave the collection (preferences: each account's own rows). */
const staffAnd =
  (rule: Access | undefined): Access =>
  (args) =>
    isStaff(args) ? (rule ? rule(args) : true) : false

const allOperations = ['create', 'read', 'update', 'delete'] as const

/**
 * Payload adds collections and a global of its own while it sanitizes the config, with access "any
 * signed-in account": document locks (any member could lock a staff record or the scheme settings and
 * list staff locks), preferences, migrations and the job statistics. This sets their access after
 * sanitizing (Payload offers no other place for it): locks and preferences for staff (the admin uses both),
 * migrations and job statistics for admins. The jobs collection and queue are set in payload.config.ts
 * (`jobs.access`, `jobsCollectionOverrides`).
 */
export const lockDownPayloadSystem = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      for (const operation of allOperations) collection.access[operation] = staffAnd(undefined)
    }
    if (collection.slug === 'payload-preferences') {
      for (const operation of allOperations)
        collection.access[operation] = staffAnd(collection.access[operation])
    }
    if (collection.slug === 'payload-migrations') {
      for (const operation of allOperations) collection.access[operation] = isAdmin
    }
  }
  const stats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (stats) {
    stats.access = { ...stats.access, read: isAdmin, update: isAdmin, readVersions: isAdmin }
  }
  return config
}
