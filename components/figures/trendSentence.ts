import { formatDay } from '@/lib/format/formatDay'

/** "12 reports, 3 more than the 9 from 1 Jan 2024 to 31 Dec 2024 (+33%)." */
export const trendSentence = (now: number, before: number, from: string, to: string): string => {
  const reports = `${now} ${now === 1 ? 'report' : 'reports'}`
  const previous = `${before} from ${formatDay(from)} to ${formatDay(to)}`
  if (now === before) return `${reports}, the same as the ${previous}.`
  const change =
    before > 0 ? ` (${now > before ? '+' : '−'}${Math.round((Math.abs(now - before) / before) * 100)}%)` : ''
  const direction = now > before ? 'more' : 'fewer'
  return `${reports}, ${Math.abs(now - before)} ${direction} than the ${previous}${change}.`
}
