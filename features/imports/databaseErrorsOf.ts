import { ValidationError } from 'payload'
import type { ColumnSpec } from './columnSpec'
import type { RowError } from './importResult'

// The collection's field paths as the import file's columns, so a hook's refusal names a column staff know.
const fieldColumns: Record<string, string> = {
  occurredAt: 'date',
  offenders: 'offenderRefs',
  'police.crimeReference': 'crimeReference',
  'police.outcome': 'outcome',
  'exclusion.startsAt': 'exclusionStart',
  'exclusion.endsAt': 'exclusionEnd',
  'exclusion.stage': 'exclusionStage',
  // The exclusion-notices collection's paths, for the notice an offender row makes.
  startsAt: 'exclusionStart',
  endsAt: 'exclusionEnd',
  stage: 'exclusionStage',
  'appearance.ageRange': 'ageRange',
  'appearance.height': 'height',
  'appearance.build': 'build',
  'appearance.hair': 'hair',
  'appearance.distinguishingFeatures': 'distinguishingFeatures',
  'appearance.usualClothing': 'usualClothing',
}

/**
 * What the collection (field validation, hooks, access) or the database said about one row. Field errors
 * keep their column; anything else is reported on the row with Payload's message, never a stack trace.
 */
export const databaseErrorsOf = (error: unknown, columns: readonly ColumnSpec[]): RowError[] => {
  if (error instanceof ValidationError) {
    const errors = (error.data?.errors ?? []) as { message: string; path?: string }[]
    if (errors.length) {
      return errors.map(({ message, path = '' }) => {
        const key = fieldColumns[path] ?? path
        return { column: columns.find((spec) => spec.key === key)?.header ?? 'Row', message }
      })
    }
  }
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403) {
    return [{ column: 'Row', message: 'You are not allowed to create this record.' }]
  }
  const message =
    error instanceof Error && status && status < 500 ? error.message : 'The database refused this row.'
  return [{ column: 'Row', message }]
}
