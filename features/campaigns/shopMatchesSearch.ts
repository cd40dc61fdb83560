import type { AdoptedShop } from './adoptedShop'

const wordsOf = (text: string) =>
  text
    .toLocaleLowerCase('en-GB')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')

/**
 * Whether a shop fits what a reader typed: every word must appear in its name, street, kind of business or
 * officer, ignoring case and accents ("cafe" finds "Café"), so "kettle mercer" narrows to one shop.
 */
export const shopMatchesSearch = (shop: AdoptedShop, categoryLabel: string, query: string): boolean => {
  const haystack = wordsOf(`${shop.name} ${shop.street} ${categoryLabel} ${shop.officer}`)
  return wordsOf(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}
