import { csvLimits } from './csvLimits'

/**
 * What a workbook may unpack to. A .xlsx is a ZIP of XML: 5 MB of it can inflate a thousandfold (a "zip
 * bomb"), and the spreadsheet library holds every cell in memory. So the ZIP is inflated by us first, in
 * small steps, counting the bytes as they come out and stopping at `maxUnpackedBytes`; then the cell tags of
 * the worksheets are counted against `maxCells` (the CSV row limit times 30 columns) before the library
 * reads anything. A full 20,000-row history of 17 columns unpacks to about 15 MB and 340,000 cells.
 */
export const workbookLimits = {
  maxUnpackedBytes: 40 * 1024 * 1024,
  maxCells: csvLimits.maxRows * 30,
  maxColumns: 100,
} as const
