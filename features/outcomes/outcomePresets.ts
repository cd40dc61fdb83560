import { londonNowLocal } from '@/lib/time/londonTime'

export type OutcomePreset = { label: string; from: string; to: string }

const day = (year: number, monthIndex: number, date: number) =>
  new Date(Date.UTC(year, monthIndex, date)).toISOString().slice(0, 10)

/**
 * The board's usual periods, as whole calendar months before today's month in UK time: last month, last
 * quarter (the previous January–March, April–June, …) and the last 12 complete months.
 */
export const outcomePresets = (now = new Date()): OutcomePreset[] => {
  const [year, month] = londonNowLocal(now).slice(0, 7).split('-').map(Number) as [number, number]
  const monthIndex = month - 1
  const quarterStart = Math.floor(monthIndex / 3) * 3
  return [
    { label: 'Last month', from: day(year, monthIndex - 1, 1), to: day(year, monthIndex, 0) },
    { label: 'Last quarter', from: day(year, quarterStart - 3, 1), to: day(year, quarterStart, 0) },
    { label: 'Last 12 months', from: day(year, monthIndex - 12, 1), to: day(year, monthIndex, 0) },
  ]
}
