import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

/**
 * features/campaigns/streetOf.ts in SQL: the street of an address line without its number ("12a Mercer
 * Street" → "Mercer Street"), so the database groups by street. tests/int/figures.test.ts holds the two to
 * the same answers. The pattern is the same regular expression; PostgreSQL's `\s` and `\d` read it alike.
 */
export const streetSql = (addressLine: SQL): SQL =>
  sql`regexp_replace(regexp_replace(coalesce(${addressLine}, ''), '^\\s*\\d+[a-z]?(?:[-–]\\d+[a-z]?)?,?\\s+', '', 'i'), '^\\s+|\\s+$', '', 'g')`
