/**
 * Adds calendar months, keeping the day where it exists and otherwise the month's last day
 * (31 January + 1 month = 28/29 February), as a notice served on the 31st would be read.
 */
export const addMonths = (date: Date, months: number): Date => {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}
