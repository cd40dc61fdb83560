import 'server-only'
import type { PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import { buildQuery } from '@payloadcms/drizzle'
import type { CollectionSlug, Payload, Where } from 'payload'
import { postgresOf } from './postgresOf'

/**
 * A SELECT of the ids of `collection` rows matching `where`, turned into SQL by Payload's own query builder,
 * with NO access applied: the caller's `where` is the whole scope. readableIdsSql adds the reader's access
 * to it; the only other caller is a rule that scopes counts itself (collections/Incidents/access/
 * schemeCountScope.ts), whose result leaves the database as counts only. Refuses collections with drafts or
 * a trash, which this SELECT would not hide.
 */
export const matchingIdsSql = (payload: Payload, collection: CollectionSlug, where: Where) => {
  const config = payload.collections[collection].config
  if ((typeof config.versions === 'object' && config.versions.drafts) || config.trash) {
    throw new Error(`matchingIdsSql cannot read ${collection}: it has drafts or a trash.`)
  }
  const adapter = postgresOf(payload)
  const tableName = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection
  const query = buildQuery({ adapter, fields: config.flattenedFields, tableName, where })
  const table = adapter.tables[tableName]
  let select = adapter.drizzle.selectDistinct({ id: table.id }).from(table).where(query.where).$dynamic()
  // This adapter is PostgreSQL: the builder's tables are Postgres tables.
  for (const join of query.joins) {
    select = select[join.type ?? 'leftJoin'](join.table as PgTable, join.condition)
  }
  // The SQL, not the builder: a drizzle query is a thenable, and awaiting it would run it.
  return select.getSQL()
}
