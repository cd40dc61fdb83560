/** A column's letters as a spreadsheet heads it, from its 0-based position: 0 is A, 25 is Z, 26 is AA. */
export const columnLetter = (position: number): string => {
  let letters = ''
  for (let rest = position + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  }
  return letters
}
