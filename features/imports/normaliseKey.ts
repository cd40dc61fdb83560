/** A name or reference as the import matches it: no accents, case or punctuation ("Café  Nero" = "cafe nero"). */
export const normaliseKey = (text: string | null | undefined): string =>
  (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
