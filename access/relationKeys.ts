import { relationKey } from './relationKey'

/** The keys of a hasMany relationship to text-keyed records, populated or not; anything else gives []. */
export const relationKeys = (values: unknown): string[] =>
  (Array.isArray(values) ? values : []).map(relationKey).filter((key): key is string => key !== null)
