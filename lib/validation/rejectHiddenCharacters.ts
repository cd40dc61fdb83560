import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { findHiddenCharacters } from './findHiddenCharacters'
import { hiddenCharacterMessage } from './hiddenCharacters'

/**
 * Refuses a write whose text holds hidden control characters, whichever way it arrives (REST, admin,
 * server action), naming each field, so nothing is written and the person sees which answer to fix.
 */
export const rejectHiddenCharacters: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const paths = findHiddenCharacters(data)
  if (!paths.length) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: paths.map((path) => ({ path, message: hiddenCharacterMessage })),
    req,
  })
}
