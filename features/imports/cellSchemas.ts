import { z } from 'zod'
import { incidentValueLimits } from '@/collections/Incidents/rules/incidentValueLimits'
import { londonLocalToUtc } from '@/lib/time/londonTime'
import { isoDayOfCalendarDate } from './isoDayOfCalendarDate'
import { parseMoney } from './parseMoney'
import { type CalendarDate, parseUkDate } from './parseUkDate'
import { parseYesNo } from './parseYesNo'

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** Optional text up to `max` characters; blank is left out. */
export const optionalText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(max, { error: (issue) => `Up to ${max} characters (this has ${String(issue.input).length}).` })
      .optional(),
  )

/** A UK or ISO date; blank is left out. */
export const optionalDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform((value, context): CalendarDate => {
      const date = parseUkDate(value)
      if (!date) {
        context.addIssue({
          code: 'custom',
          message: `"${value}" is not a date: use dd/mm/yyyy or yyyy-mm-dd.`,
        })
        return z.NEVER
      }
      return date
    })
    .optional(),
)

/** Pounds, with or without £ and commas; blank is left out. */
export const optionalMoney = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform((value, context) => {
      const amount = parseMoney(value)
      if (amount === null) {
        context.addIssue({ code: 'custom', message: `"${value}" is not an amount in pounds, e.g. £24.99.` })
        return z.NEVER
      }
      return amount
    })
    .refine(
      (amount) => amount <= incidentValueLimits.max,
      `Amounts above £${incidentValueLimits.max.toLocaleString('en-GB')} are refused: check the cell.`,
    )
    .optional(),
)

/** yes/no; blank is no. */
export const yesNo = z
  .string()
  .default('')
  .transform((value, context) => {
    const answer = parseYesNo(value)
    if (answer === null) {
      context.addIssue({ code: 'custom', message: `"${value}" is not yes or no.` })
      return z.NEVER
    }
    return answer
  })

/** One choice from a list, matched however it is spelled; blank gives the default (none: required). */
export const choice = <Value extends string>(
  match: (cell: string) => Value | null,
  fallback: Value | null,
  allowed: string,
) =>
  z
    .string()
    .default('')
    .transform((value, context): Value => {
      if (!value.trim()) {
        if (fallback !== null) return fallback
        context.addIssue({ code: 'custom', message: `This needs a value: one of ${allowed}.` })
        return z.NEVER
      }
      const matched = match(value)
      if (!matched) {
        context.addIssue({ code: 'custom', message: `"${value}" is not one of: ${allowed}.` })
        return z.NEVER
      }
      return matched
    })

/** A calendar date and a UK wall-clock time ("HH:mm") as an instant, e.g. the start of an exclusion day. */
export const londonInstant = (date: CalendarDate, time = '00:00'): Date | null =>
  londonLocalToUtc(`${isoDayOfCalendarDate(date)}T${time}`)
