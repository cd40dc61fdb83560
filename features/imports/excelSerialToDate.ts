// Days from Excel's day 0 (1899-12-30, allowing for its 1900 leap-year bug) to 1970-01-01; 1904-based
// workbooks (old Mac Excel) count from 1904-01-01, 1,462 days later.
const unixEpochSerial = 25_569
const date1904Offset = 1_462
const minute = 60_000

/**
 * A serial date (days since Excel's epoch, the fraction being the time of day) as the date-time the sheet
 * shows, in a Date whose UTC fields hold that wall-clock value — as the spreadsheet library gives date
 * cells — rounded to the minute. It is read as a UK date and time afterwards, like typed text.
 */
export const excelSerialToDate = (serial: number, date1904 = false): Date => {
  const days = serial + (date1904 ? date1904Offset : 0) - unixEpochSerial
  return new Date(Math.round((days * 86_400_000) / minute) * minute)
}
