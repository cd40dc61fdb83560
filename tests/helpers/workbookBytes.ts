import ExcelJS from 'exceljs'

/** A workbook built by a test, as the bytes an upload would carry. */
export const workbookBytes = async (build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  build(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
