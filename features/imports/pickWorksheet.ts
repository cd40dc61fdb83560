import type { Workbook, Worksheet } from 'exceljs'
import type { ImportKind } from './columnSpec'
import { normaliseHeader } from './normaliseHeader'

const sheetNames: Record<ImportKind, readonly string[]> = {
  offenders: ['offenders', 'offender', 'gallery', 'offendergallery', 'profiles'],
  incidents: ['incidents', 'incident', 'incidentlog', 'log'],
}

/**
 * The worksheet an import reads: in a workbook of several, the one named for the kind ("Offenders",
 * "Incident log"); otherwise the first visible sheet with anything in it (a hidden lookup sheet is passed over).
 */
export const pickWorksheet = (workbook: Workbook, kind: ImportKind): Worksheet | undefined => {
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible' || !sheet.state)
  return (
    visible.find((sheet) => sheetNames[kind].includes(normaliseHeader(sheet.name))) ??
    visible.find((sheet) => sheet.actualRowCount > 0)
  )
}
