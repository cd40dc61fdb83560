import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

type PayloadDatabase = Payload['db']

const postgresPackage = '@payloadcms/db-postgres'

const isPostgres = (db: PayloadDatabase): db is PayloadDatabase & PostgresAdapter =>
  db.packageName === postgresPackage

/**
 * Payload's database adapter as the PostgreSQL adapter it is: its Drizzle handle (`drizzle`) and pg pool
 * (`pool`), for the few queries the Local API cannot express (atomic counters, advisory locks, aggregates).
 * Throws at the first use if another adapter is configured, rather than fail later on a missing `pool`.
 * Takes a Payload instance or `req.payload`.
 */
export const postgresOf = (payload: Pick<Payload, 'db'>): PayloadDatabase & PostgresAdapter => {
  const { db } = payload
  if (!isPostgres(db)) {
    throw new Error(
      `This app needs Payload's PostgreSQL adapter (${postgresPackage}); this Payload runs ${db.packageName}.`,
    )
  }
  return db
}
