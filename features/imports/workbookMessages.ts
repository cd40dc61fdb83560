/** Why a workbook is refused as a whole, in words for the staff member who chose the file. */
export const workbookMessages = {
  notWorkbook:
    'The file is neither CSV nor an Excel workbook (.xlsx). Save it from your spreadsheet as .xlsx or CSV UTF-8.',
  encryptedOrOld:
    'The file is a password-protected workbook or an old .xls file. Open it in Excel, remove the password (File › Info › Protect workbook) and save it as .xlsx, or save it as CSV UTF-8.',
  macros:
    'The workbook contains macros (.xlsm). Macro-enabled workbooks are not accepted: save a copy as an Excel Workbook (.xlsx) or as CSV UTF-8.',
  unreadable: 'The workbook cannot be read: it may be damaged. Open it in Excel and save it again as .xlsx.',
  tooLarge:
    'The workbook is too large once unpacked (too many cells, or very large pictures or sheets). Import the gallery and incidents as separate files of up to 20,000 rows, or save the sheet as CSV.',
  noSheet: 'The workbook has no worksheet with anything in it.',
  tooManyColumns: (count: number) =>
    `The worksheet has ${count} columns; the import reads up to 100. Delete the unused columns or save the sheet as CSV.`,
} as const
