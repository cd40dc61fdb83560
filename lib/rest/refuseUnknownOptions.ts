import type { SanitizedCollectionConfig } from 'payload'
import { restRefusal } from './restRefusal'
import { selectOptionsAt } from './selectOptionsAt'
import { whereFiltersOf } from './whereFiltersOf'

/** Operators comparing a select field to its own values. */
const valueOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

/**
 * A 400 naming the field and its allowed values when a filter compares a select (or radio) field with a
 * value outside its options: PostgreSQL stores these as enums and would fail the whole query (a 500).
 * An empty value and `null` are left to Payload, which reads them as "no value".
 */
export const refuseUnknownOptions = (
  collection: SanitizedCollectionConfig,
  query: URLSearchParams,
): Response | null => {
  for (const { path, operator, values } of whereFiltersOf(query)) {
    if (!valueOperators.has(operator)) continue
    const options = selectOptionsAt(collection.flattenedFields, path)
    if (!options) continue
    if (values.every((value) => value === '' || value === 'null' || options.includes(value))) continue
    return restRefusal(400, `The filter on "${path}" must be one of: ${options.join(', ')}.`)
  }
  return null
}
