import type { SanitizedConfig } from 'payload'
import { endpointParamsOf } from './endpointParamsOf'
import { restRefusal } from './restRefusal'

/** Every id here is a PostgreSQL `serial`: a whole number from 1 up to the integer limit. */
const largestId = 2_147_483_647
const isId = (value: string) => /^\d{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= largestId

export const notAnIdMessage = (id: string) =>
  `Not found: "${id.slice(0, 60)}" is not an id (ids are whole numbers from 1 to ${largestId}).`

/**
 * A 404 for an id that cannot exist, on any collection's or global's endpoint that takes one (a document,
 * its versions, duplicate, access check). Payload would send `abc`, `1.5` or 99999999999 to PostgreSQL and
 * answer 500, and reads record 1 for "1'"; this answers before anything is read. Email verification's
 * `:id` is a token, not an id, and is left to Payload.
 */
export const refuseMalformedId = (
  config: SanitizedConfig,
  method: string,
  segments: string[],
): Response | null => {
  const [first, ...rest] = segments
  const isGlobal = first === 'globals'
  const entity = isGlobal
    ? config.globals.find((global) => global.slug === rest[0])
    : config.collections.find((collection) => collection.slug === first)
  if (!entity?.endpoints) return null
  const match = endpointParamsOf(entity.endpoints, method, isGlobal ? rest.slice(1) : rest)
  const id = match?.params.id
  if (id === undefined || match?.endpoint.path === '/verify/:id' || isId(id)) return null
  return restRefusal(404, notAnIdMessage(id))
}
