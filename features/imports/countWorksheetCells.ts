/**
 * How many cell tags (<c ...>) the worksheets of an unpacked workbook hold, counted in the XML before the
 * spreadsheet library builds an object for each.
 */
export const countWorksheetCells = (entries: Record<string, Uint8Array>): number => {
  const decoder = new TextDecoder()
  let cells = 0
  for (const [name, bytes] of Object.entries(entries)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue
    cells += decoder.decode(bytes).match(/<c[\s>/]/g)?.length ?? 0
  }
  return cells
}
