import type { AfterErrorHook } from 'payload'
import { isDataException } from './databaseErrorCodeOf'
import { restErrorStatusOf } from './restErrorStatusOf'

const unknown = 'An unknown error occurred.'

export const badFilterValueMessage =
  'A filter value does not fit its field: a whole number, a date or one of the field’s allowed values is expected.'

/**
 * Payload shows an error's own message only when it recognises the error's class by name, and a production
 * build minifies class names away: a refusal such as "Too many attempts…" or "This user is locked…" would
 * reach the person as "An unknown error occurred." This puts the message back for refusals (4xx) and
 * errors marked public; real server errors keep the generic text, so no internals leak. A value PostgreSQL
 * cannot store or compare in its column (`where[id][equals]=abc`) is the caller's mistake: a 400 that says
 * so, never the database's own words (they quote the value). A refusal keeps its `data` (a validation error's
 * field paths and messages), so the admin can mark the fields at fault.
 */
export const explainPublicErrors: AfterErrorHook = ({ error, result }) => {
  if (isDataException(error))
    return { response: { errors: [{ message: badFilterValueMessage }] }, status: 400 }
  const status = restErrorStatusOf(error)
  const isPublic = (error as { isPublic?: boolean }).isPublic === true
  if (!error.message || (status >= 500 && !isPublic)) return
  const shown = result?.errors?.[0]
  const data = status < 500 ? (error as { data?: Record<string, unknown> }).data : undefined
  // Payload formats by class and a bundled copy of the class fails `instanceof`: message and data get lost.
  const lostData = Boolean(data) && !shown?.data
  if (shown?.message !== unknown && !lostData) return
  return { response: { ...result, errors: [{ ...(data ? { data } : {}), message: error.message }] }, status }
}
