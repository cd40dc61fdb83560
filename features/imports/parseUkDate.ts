import { isExists } from 'date-fns'

export type CalendarDate = { year: number; month: number; day: number }

/**
 * A date as UK spreadsheets write it: dd/mm/yyyy (also with - or . and a one-digit day or month, or a
 * two-digit year read as 20yy) or ISO yyyy-mm-dd. Never mm/dd: 03/04/2026 is 3 April. Null when it is not
 * a real date (31/02/2026).
 */
export const parseUkDate = (value: string): CalendarDate | null => {
  const text = value.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text)
  let parts: [number, number, number] | null = null
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (uk) {
    const year = Number(uk[3])
    parts = [uk[3]?.length === 2 ? 2000 + year : year, Number(uk[2]), Number(uk[1])]
  }
  if (!parts) return null
  const [year, month, day] = parts
  return isExists(year, month - 1, day) ? { year, month, day } : null
}
