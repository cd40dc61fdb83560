/** Lower case letters and single spaces: "O'Neill-Smith " → "o neill smith". */
export const normaliseName = (text: string | null | undefined): string =>
  (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
