import type { ImportKind } from './columnSpec'
import type { RowResult } from './importResult'

/**
 * Gives every error about a cell its column letter in the file ("column F"), once all checks have run: the
 * errors come from the reader, zod and the database alike, and all name the column by its heading.
 */
export const withColumnLetters = (
  results: readonly RowResult[],
  letters: Partial<Record<ImportKind, Map<string, string>>>,
): void => {
  for (const result of results) {
    for (const error of result.errors) {
      const letter = letters[result.kind]?.get(error.column)
      if (letter && !error.letter) error.letter = letter
    }
  }
}
