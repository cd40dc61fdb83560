import type { ColumnSpec, ImportKind } from './columnSpec'
import { incidentColumns } from './incidentColumns'
import { offenderColumns } from './offenderColumns'

/** The columns of one kind of import file. */
export const columnsOf = (kind: ImportKind): readonly ColumnSpec[] =>
  kind === 'offenders' ? offenderColumns : incidentColumns
