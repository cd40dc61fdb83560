import { hasHiddenCharacters } from '@/lib/validation/hiddenCharacters'
import { restRefusal } from './restRefusal'

export const hiddenQueryCharacterMessage =
  'The query holds a hidden control character (such as NUL); remove it and try again.'

/**
 * A 400 for a query whose names or values hold hidden control characters: PostgreSQL refuses NUL in text
 * (Payload would answer 500), and no filter, sort or field name needs the others.
 */
export const refuseHiddenQueryCharacters = (query: URLSearchParams): Response | null => {
  for (const [name, value] of query) {
    if (hasHiddenCharacters(name) || hasHiddenCharacters(value)) {
      return restRefusal(400, hiddenQueryCharacterMessage)
    }
  }
  return null
}
