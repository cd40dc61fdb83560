import 'server-only'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import { buildQuery, type DrizzleAdapter } from '@payloadcms/drizzle'
import { type CollectionSlug, createLocalReq, type Payload, type TypedUser, type Where } from 'payload'

/**
 * A SELECT of the ids of `collection` rows that `user` may read and that match `where`, for aggregates
 * the Local API cannot express (counts grouped by hour, sums), which then run in PostgreSQL instead of
 * loading every row into Node. The collection's own read access function decides which rows, exactly as
 * it does for `payload.find`, and Payload's own query builder turns its Where into SQL; so access control
 * stays in the access function (docs/access-control.md). Null when the user may read no row.
 *
 * Row access only: field-level read access and afterRead hooks do not run, so callers must aggregate only
 * fields that have neither (tests/int/profile-pattern.test.ts checks the fields it uses).
 */
export const readableIdsSql = async (
  payload: Payload,
  collection: CollectionSlug,
  user: TypedUser,
  where: Where,
) => {
  const config = payload.collections[collection].config
  // payload.find also hides drafts and trashed documents; this SELECT would not. Fail loudly rather than
  // show them if a collection read this way ever gains drafts or a trash.
  if ((typeof config.versions === 'object' && config.versions.drafts) || config.trash) {
    throw new Error(`readableIdsSql cannot read ${collection}: it has drafts or a trash.`)
  }
  const req = await createLocalReq({ user }, payload)
  const access = config.access.read ? await config.access.read({ req }) : Boolean(user)
  if (access === false) return null
  const adapter = payload.db as unknown as PostgresAdapter
  const tableName = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection
  const query = buildQuery({
    adapter: adapter as unknown as DrizzleAdapter,
    fields: config.flattenedFields,
    tableName,
    where: access === true ? where : { and: [access, where] },
  })
  const table = adapter.tables[tableName]
  let select = adapter.drizzle.selectDistinct({ id: table.id }).from(table).where(query.where).$dynamic()
  // This adapter is PostgreSQL: the builder's tables are Postgres tables.
  for (const join of query.joins) {
    select = select[join.type ?? 'leftJoin'](join.table as PgTable, join.condition)
  }
  // The SQL, not the builder: a drizzle query is a thenable, and awaiting it would run it.
  return select.getSQL()
}
