import { hasHiddenCharacters } from './hiddenCharacters'

/** The dotted paths of every string in a document's data that holds hidden characters. */
export const findHiddenCharacters = (value: unknown, path = ''): string[] => {
  if (typeof value === 'string') return hasHiddenCharacters(value) ? [path] : []
  if (Array.isArray(value))
    return value.flatMap((item, index) => findHiddenCharacters(item, `${path}.${index}`))
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      findHiddenCharacters(item, path ? `${path}.${key}` : key),
    )
  }
  return []
}
