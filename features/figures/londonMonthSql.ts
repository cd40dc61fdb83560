import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

/** YYYY-MM of a timestamp column on the UK calendar, as monthsOf names months. */
export const londonMonthSql = (column: SQL): SQL =>
  sql`to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM')`
