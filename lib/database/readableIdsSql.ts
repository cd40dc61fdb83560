import 'server-only'
import {
  type CollectionSlug,
  createLocalReq,
  type Payload,
  type TypedUser,
  validateQueryPaths,
  type Where,
} from 'payload'
import { matchingIdsSql } from './matchingIdsSql'

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
  return matchingIdsSql(payload, collection, access === true ? where : { and: [access, where] })
}
