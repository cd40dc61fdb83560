import 'server-only'
import type { PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import { buildQuery } from '@payloadcms/drizzle'
import {
  type CollectionSlug,
  createLocalReq,
  type Payload,
  type TypedUser,
  validateQueryPaths,
  type Where,
} from 'payload'
import { postgresOf } from './postgresOf'

/**
 * A SELECT of the ids of `collection` rows that `user` may read and that match `where`, for aggregates
 * the Local API cannot express (counts grouped by hour, sums), which then run in PostgreSQL instead of
 * loading every row into Node. The collection's own read access function decides which rows, exactly as
 * it does for `payload.find`, and Payload's own query builder turns its Where into SQL; so access control
 * stays in the access function (docs/access-control.md). Null when the user may read no row. As for
 * `payload.find`, a `where` on a field the user may not read is refused (QueryError).
 *
 * Row access only: field-level read access and afterRead hooks do not run on what the caller then selects,
 * so callers must aggregate only fields that have neither, or check the field's rule themselves
 * (tests/int/profile-pattern.test.ts and aggregates-follow-access.test.ts check the fields they use).
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
  await validateQueryPaths({ collectionConfig: config, overrideAccess: false, req, where })
  const adapter = postgresOf(payload)
  const tableName = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection
  const query = buildQuery({
    adapter,
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
