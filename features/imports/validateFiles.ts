import type { z } from 'zod'
import { CsvError } from './CsvError'
import type { ColumnSpec, ImportKind } from './columnSpec'
import { csvLimits, tooLargeMessage } from './csvLimits'
import type { FileError, RowResult } from './importResult'
import type { ImportVocabulary } from './importVocabulary'
import { incidentColumns } from './incidentColumns'
import { type IncidentRow, incidentRowSchemaFor } from './incidentRowSchema'
import { normaliseKey } from './normaliseKey'
import { offenderColumns } from './offenderColumns'
import { type OffenderRow, offenderRowSchemaFor } from './offenderRowSchema'
import { readTable } from './readTable'
import { rowErrorsOf } from './rowErrorsOf'
import type { Table } from './tableOfGrid'

/** Each kind's file: CSV text, or a table already read from a workbook (readUpload). */
export type ReadFiles = Partial<Record<ImportKind, string | Table>>
export type ValidRow<Parsed> = { result: RowResult; parsed: Parsed }

export type ValidatedFiles = {
  fileErrors: FileError[]
  notices: string[]
  /** Every row of both files, in file order, offenders first; the rows below share these objects. */
  results: RowResult[]
  offenders: ValidRow<OffenderRow>[]
  incidents: ValidRow<IncidentRow>[]
  /** Refs of offender rows with errors: an incident naming one says which row to fix. */
  invalidRefs: Map<string, number>
  /** Each file's column letters by heading, so any error about a cell can say where it is. */
  letters: Partial<Record<ImportKind, Map<string, string>>>
}

const kindLabel: Record<ImportKind, string> = { offenders: 'offenders file', incidents: 'incidents file' }

const checkRows = <Parsed>(
  kind: ImportKind,
  file: string | Table,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<Parsed>,
  into: ValidatedFiles,
): ValidRow<Parsed>[] => {
  if (typeof file === 'string' && new TextEncoder().encode(file).byteLength > csvLimits.maxBytes) {
    into.fileErrors.push({ kind, message: tooLargeMessage })
    return []
  }
  let table: Table
  try {
    table = typeof file === 'string' ? readTable(file, columns) : file
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    into.fileErrors.push({ kind, message: error.message })
    return []
  }
  into.fileErrors.push(...table.fileErrors.map((message) => ({ kind, message })))
  if (table.ignoredHeaders.length) {
    into.notices.push(`Columns not imported from the ${kindLabel[kind]}: ${table.ignoredHeaders.join(', ')}.`)
  }
  if (table.headerRow && table.headerRow > 1) {
    into.notices.push(
      `The ${kindLabel[kind]}'s column headings are on row ${table.headerRow}: the rows above them are not imported.`,
    )
  }
  into.letters[kind] = new Map(
    columns.flatMap((column) => {
      const letter = table.letters?.[column.key]
      return letter ? [[column.header, letter] as const] : []
    }),
  )
  if (table.fileErrors.length) return []
  const valid: ValidRow<Parsed>[] = []
  for (const { row, values, problems = [] } of table.rows) {
    const result: RowResult = { kind, row, errors: [...problems] }
    into.results.push(result)
    const parsed = schema.safeParse(values)
    if (parsed.success && !problems.length) valid.push({ result, parsed: parsed.data })
    else {
      // A cell that could not be read is blank to the schema: its "needs a value" would only repeat the problem.
      const unread = new Set(problems.map((problem) => problem.column))
      const errors = parsed.success ? [] : rowErrorsOf(parsed.error, columns)
      result.errors.push(...errors.filter((error) => !unread.has(error.column)))
      const ref = normaliseKey(values.ref)
      if (kind === 'offenders' && ref) into.invalidRefs.set(ref, row)
    }
  }
  return valid
}

/** Refs must be unique in the offenders file: an incident naming one must mean one person. */
const checkRefsUnique = (rows: ValidRow<OffenderRow>[]): ValidRow<OffenderRow>[] => {
  const firstRow = new Map<string, number>()
  return rows.filter(({ result, parsed }) => {
    const key = normaliseKey(parsed.ref)
    if (!key) return true
    const earlier = firstRow.get(key)
    if (earlier === undefined) {
      firstRow.set(key, result.row)
      return true
    }
    result.errors.push({
      column: 'Ref',
      message: `The Ref "${parsed.ref}" is already used on row ${earlier}.`,
    })
    return false
  })
}

/**
 * Reads both files and checks every row's shape with zod, without touching the database. Errors about a
 * whole file (unreadable CSV or workbook, a missing required column, too large) stop the import before any row runs.
 */
export const validateFiles = (files: ReadFiles, vocabulary: ImportVocabulary): ValidatedFiles => {
  const into: ValidatedFiles = {
    fileErrors: [],
    notices: [],
    results: [],
    offenders: [],
    incidents: [],
    invalidRefs: new Map(),
    letters: {},
  }
  if (!files.offenders && !files.incidents) {
    into.fileErrors.push({ kind: null, message: 'Choose an offenders file, an incidents file, or both.' })
    return into
  }
  if (files.offenders !== undefined) {
    const rows = checkRows(
      'offenders',
      files.offenders,
      offenderColumns,
      offenderRowSchemaFor(vocabulary),
      into,
    )
    into.offenders = checkRefsUnique(rows)
  }
  if (files.incidents !== undefined) {
    into.incidents = checkRows(
      'incidents',
      files.incidents,
      incidentColumns,
      incidentRowSchemaFor(vocabulary),
      into,
    )
  }
  return into
}
