/** The names a profile is known by, as the town-alert check reads them. */
export type ProfileNames = {
  firstName?: string | null
  lastName?: string | null
  aliases?: (string | null | undefined)[]
}

/** Lower-case words without accents or punctuation: "Quíllon, Marrow-Gate" → ["quillon", "marrow", "gate"]. */
const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

const contains = (words: string[], phrase: string[]) =>
  words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word))

/**
 * Which of the profile's names (first name, surname, each alias, each as a whole phrase) the place of an
 * "in town now" alert contains as whole words. The place is the one free text in the push, which shows
 * on lock screens; a name there would undo the point of a payload that names nobody. Whole phrases, not
 * single words of them, so "the big car park" passes for an alias "Big Tam"; names under three letters
 * are ignored, as they are also ordinary words.
 */
export const namesInPlace = (place: string, names: ProfileNames): string[] => {
  const words = wordsOf(place)
  const phrases = [names.firstName, names.lastName, ...(names.aliases ?? [])]
    .map((name) => wordsOf(name ?? ''))
    .filter((phrase) => phrase.join('').length >= 3)
  return [...new Set(phrases.filter((phrase) => contains(words, phrase)).map((phrase) => phrase.join(' ')))]
}
