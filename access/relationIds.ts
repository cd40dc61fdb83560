import { relationId } from './relationId'

/** The ids of a hasMany relationship value, populated or not; anything else gives an empty list. */
export const relationIds = (values: unknown): number[] =>
  (Array.isArray(values) ? values : []).map(relationId).filter((id): id is number => id !== null)
