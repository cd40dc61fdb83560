const yes = new Set(['yes', 'y', 'true', '1', 'x', 'called'])
const no = new Set(['no', 'n', 'false', '0', ''])

/** A yes/no cell; blank is no. Null when it is neither. */
export const parseYesNo = (value: string): boolean | null => {
  const text = value.trim().toLowerCase()
  if (yes.has(text)) return true
  if (no.has(text)) return false
  return null
}
