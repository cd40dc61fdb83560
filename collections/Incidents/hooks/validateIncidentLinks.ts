import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

/**
 * A welfare concern is about someone's wellbeing: it never links to the offender gallery. Value recovered
 * cannot exceed value lost.
 */
export const validateIncidentLinks: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const type = data.type ?? originalDoc?.type
  const offenders = data.offenders ?? originalDoc?.offenders ?? []
  const errors: { message: string; path: string }[] = []
  if (type === 'welfare-concern' && Array.isArray(offenders) && offenders.length > 0) {
    errors.push({ message: 'A welfare concern cannot be linked to an offender profile.', path: 'offenders' })
  }
  const lost = data.valueLost ?? originalDoc?.valueLost
  const recovered = data.valueRecovered ?? originalDoc?.valueRecovered
  if (typeof lost === 'number' && typeof recovered === 'number' && recovered > lost) {
    errors.push({ message: 'Value recovered cannot be more than value lost.', path: 'valueRecovered' })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
