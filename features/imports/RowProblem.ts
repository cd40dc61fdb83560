import type { RowError } from './importResult'

/** A row the import itself refuses (an unknown business or ref) before any write: the transaction lives on. */
export class RowProblem extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors.map((error) => error.message).join(' '))
    this.name = 'RowProblem'
  }
}
