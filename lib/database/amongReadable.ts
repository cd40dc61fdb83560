import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

/**
 * `column IN (readable)`: limits an aggregate to the rows a readableIdsSql SELECT allows, or to none
 * (`false`) when the viewer may read no row of that collection.
 */
export const amongReadable = (column: SQL, readable: SQL | null): SQL =>
  readable ? sql`${column} IN (${readable})` : sql`false`
