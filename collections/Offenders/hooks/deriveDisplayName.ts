import type { CollectionBeforeChangeHook } from 'payload'

/** The name the gallery shows: first and last name, else the first alias, else "Unidentified person". */
export const deriveDisplayName: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const pick = <K extends string>(key: K) => (data[key] !== undefined ? data[key] : originalDoc?.[key])
  const names = [pick('firstName'), pick('lastName')].filter(
    (part) => typeof part === 'string' && part.trim(),
  )
  const aliases = pick('aliases') as { alias?: string }[] | undefined
  const displayName =
    names.join(' ').trim() || (aliases?.[0]?.alias ? `"${aliases[0].alias}"` : 'Unidentified person')
  return { ...data, displayName }
}
