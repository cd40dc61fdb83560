import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

/** Whole pence of a money column, with features/patterns/money.ts's rule: missing or negative is nothing. */
export const penceSql = (column: SQL): SQL =>
  sql`CASE WHEN ${column} > 0 THEN round(${column} * 100) ELSE 0 END`
