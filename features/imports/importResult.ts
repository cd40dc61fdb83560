import type { ImportKind } from './columnSpec'

export type ImportMode = 'dry-run' | 'import'
/**
 * A problem with one cell (column as the template names it, and its letter in the file when known) or, with
 * column "Row", the whole row.
 */
export type RowError = { column: string; letter?: string; message: string }
export type RowResult = { kind: ImportKind; row: number; errors: RowError[]; id?: number }
export type FileError = { kind: ImportKind | null; message: string }

/** What a dry run or an import reports: every row with its errors, and what was (or would be) created. */
export type ImportResult = {
  mode: ImportMode
  ok: boolean
  message: string
  fileErrors: FileError[]
  notices: string[]
  rows: RowResult[]
  created: { offenders: number; incidents: number }
}

/** Reported as rows are checked or written, to drive a progress bar. */
export type ImportProgress = (done: number, total: number) => void
