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

export type ImportFiles = Partial<Record<ImportKind, string>>
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
}

const kindLabel: Record<ImportKind, string> = { offenders: 'offenders file', incidents: 'incidents file' }

const checkRows = <Parsed>(
  kind: ImportKind,
  text: string,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<Parsed>,
  into: ValidatedFiles,
): ValidRow<Parsed>[] => {
  if (new TextEncoder().encode(text).byteLength > csvLimits.maxBytes) {
    into.fileErrors.push({ kind, message: tooLargeMessage })
    return []
  }
  let table: ReturnType<typeof readTable>
  try {
    table = readTable(text, columns)
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    into.fileErrors.push({ kind, message: error.message })
    return []
  }
  into.fileErrors.push(...table.fileErrors.map((message) => ({ kind, message })))
  if (table.ignoredHeaders.length) {
    into.notices.push(`Columns not imported from the ${kindLabel[kind]}: ${table.ignoredHeaders.join(', ')}.`)
  }
  if (table.fileErrors.length) return []
  const valid: ValidRow<Parsed>[] = []
  for (const { row, values } of table.rows) {
    const result: RowResult = { kind, row, errors: [] }
    into.results.push(result)
    const parsed = schema.safeParse(values)
    if (parsed.success) valid.push({ result, parsed: parsed.data })
    else {
      result.errors.push(...rowErrorsOf(parsed.error, columns))
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
 * whole file (unreadable CSV, a missing required column, too large) stop the import before any row runs.
 */
export const validateFiles = (files: ImportFiles, vocabulary: ImportVocabulary): ValidatedFiles => {
  const into: ValidatedFiles = {
    fileErrors: [],
    notices: [],
    results: [],
    offenders: [],
    incidents: [],
    invalidRefs: new Map(),
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
