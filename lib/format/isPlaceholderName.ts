/**
 * Words that stand in for a missing name ("Unidentified person" is what an unnamed profile displays). A
 * document addressed to the person must not print one as if it were their name.
 */
const placeholderNames = new Set([
  'unidentified person',
  'unidentified',
  'unknown',
  'unknown person',
  'id sought',
])

export const isPlaceholderName = (name: string | null | undefined): boolean => {
  const normalised = (name ?? '').trim().toLowerCase().replace(/\s+/g, ' ')
  return normalised.length < 2 || placeholderNames.has(normalised)
}
