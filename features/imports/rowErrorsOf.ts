import type { z } from 'zod'
import type { ColumnSpec } from './columnSpec'
import type { RowError } from './importResult'

/** zod's issues for one row, each under the column heading staff see in the template. */
export const rowErrorsOf = (error: z.ZodError, columns: readonly ColumnSpec[]): RowError[] =>
  error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '')
    const column = columns.find((spec) => spec.key === key)
    return { column: column?.header ?? 'Row', message: issue.message }
  })
