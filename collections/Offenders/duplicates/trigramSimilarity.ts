/** Letter trigrams of a word, padded like PostgreSQL's pg_trgm ("  jo", " jon", "jon "). */
const trigrams = (text: string): Set<string> => {
  const set = new Set<string>()
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const padded = `  ${word} `
    for (let index = 0; index < padded.length - 2; index++) set.add(padded.slice(index, index + 3))
  }
  return set
}

/** Shared trigrams over all trigrams (0 to 1): tolerant of typos and spelling variants in names. */
export const trigramSimilarity = (a: string, b: string): number => {
  const left = trigrams(a)
  const right = trigrams(b)
  if (!left.size || !right.size) return 0
  let shared = 0
  for (const gram of left) if (right.has(gram)) shared++
  return shared / (left.size + right.size - shared)
}
