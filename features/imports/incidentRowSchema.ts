import { z } from 'zod'
import { incidentStatuses } from '@/collections/Incidents/incidentTypes'
import { earliestIncidentDay, incidentDayProblem } from '@/collections/Incidents/rules/incidentDateLimits'
import { incidentTextLimits } from '@/collections/Incidents/rules/incidentTextLimits'
import { choice, londonInstant, optionalMoney, optionalText, yesNo } from './cellSchemas'
import type { ImportVocabulary } from './importVocabulary'
import { isoDayOfCalendarDate } from './isoDayOfCalendarDate'
import { matchChoice } from './matchChoice'
import { matchVocabulary } from './matchVocabulary'
import { parseClockTime } from './parseClockTime'
import { parseUkDate } from './parseUkDate'
import { splitList } from './splitList'

// Common names for the default types; used only when the scheme has that key (matchVocabulary).
const typeSpellings: Record<string, string> = {
  abuse: 'abuse-to-staff',
  'abuse to staff': 'abuse-to-staff',
  'threats to staff': 'abuse-to-staff',
  shoplifting: 'theft',
  damage: 'criminal-damage',
  'anti social behaviour': 'asb',
  welfare: 'welfare-concern',
  breach: 'exclusion-breach',
}
// Common names for the default outcomes; used only when the scheme has that key (matchVocabulary).
const outcomeSpellings: Record<string, string> = {
  'no further action': 'nfa',
  'none yet': 'none',
  convicted: 'conviction',
  cautioned: 'caution',
}

/** "14/10/2026" with a separate Time, or "14/10/2026 15:40" in the Date cell itself. */
const splitDateCell = (cell: string) => {
  const match = /^(\S+)(?:[ T]+(\S+(?:\s?[ap]m)?))?$/i.exec(cell.trim())
  return { date: match?.[1] ?? cell, time: match?.[2] }
}

const earliestYear = earliestIncidentDay.slice(0, 4)

// Checked in the cell itself, so a bad date shows beside every other error of its row.
const dateCell = z
  .string({ error: 'Give the date it happened.' })
  .min(1, 'Give the date it happened.')
  .transform((cell, context) => {
    const split = splitDateCell(cell)
    const date = parseUkDate(split.date)
    if (!date) {
      context.addIssue({ code: 'custom', message: `"${cell}" is not a date: use dd/mm/yyyy or yyyy-mm-dd.` })
      return z.NEVER
    }
    const problem = incidentDayProblem(isoDayOfCalendarDate(date))
    if (problem === 'future')
      context.addIssue({ code: 'custom', message: 'An incident cannot be in the future.' })
    if (problem === 'too-long-ago')
      context.addIssue({ code: 'custom', message: `That date is too long ago (before ${earliestYear}).` })
    return { date, time: split.time }
  })

const timeCell = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined),
  z
    .string()
    .transform((cell, context) => {
      const time = parseClockTime(cell)
      if (!time) {
        context.addIssue({ code: 'custom', message: `"${cell}" is not a time: use hh:mm (24-hour).` })
        return z.NEVER
      }
      return time
    })
    .optional(),
)

/** The Type cell: an incident type's key or label, still in use. */
const typeCell = (types: ImportVocabulary['incidentTypes']) =>
  z
    .string()
    .default('')
    .transform((cell, context) => {
      if (!cell.trim()) {
        context.addIssue({ code: 'custom', message: 'This needs a value: the incident type.' })
        return z.NEVER
      }
      const match = matchVocabulary(cell, types, 'incident type', typeSpellings)
      if ('key' in match) return match.key
      context.addIssue({ code: 'custom', message: match.problem })
      return z.NEVER
    })

/** The Outcome cell: a police outcome's key or label, still in use; empty is "none yet". */
const outcomeCell = (outcomes: ImportVocabulary['policeOutcomes']) =>
  z
    .string()
    .default('')
    .transform((cell, context) => {
      if (!cell.trim()) return 'none'
      const match = matchVocabulary(cell, outcomes, 'police outcome', outcomeSpellings)
      if ('key' in match) return match.key
      context.addIssue({ code: 'custom', message: match.problem })
      return z.NEVER
    })

/**
 * One row of an incidents file, checked for its shape (formats, options, lengths). The business and the
 * offender refs are names here; the import resolves them against the database. The collection's own rules
 * (welfare concerns unlinked, recovered not above lost, not in the future to the minute) are checked by the
 * collection itself during the rehearsal, so they live in one place; the date's day is checked here too
 * because a date typed the American way (months ahead) is best caught with the row's other errors. Types
 * are the scheme's own (key or label), read before the import.
 */
export const incidentRowSchemaFor = (vocabulary: ImportVocabulary) =>
  z
    .object({
      date: dateCell,
      time: timeCell,
      type: typeCell(vocabulary.incidentTypes),
      business: z.string({ error: 'Name the business.' }).min(1, 'Name the business.'),
      spot: optionalText(incidentTextLimits.spot),
      summary: optionalText(incidentTextLimits.summary),
      description: z
        .string({ error: 'Say what happened.' })
        .min(1, 'Say what happened.')
        .max(
          incidentTextLimits.description,
          `Up to ${incidentTextLimits.description.toLocaleString('en-GB')} characters.`,
        ),
      valueLost: optionalMoney,
      valueRecovered: optionalMoney,
      policeCalled: yesNo,
      offenderRefs: z.string().default('').transform(splitList),
      crimeReference: optionalText(incidentTextLimits.crimeReference),
      outcome: outcomeCell(vocabulary.policeOutcomes),
      status: choice(
        (cell) => matchChoice(cell, incidentStatuses),
        'reviewed',
        incidentStatuses.map((status) => status.value).join(', '),
      ),
    })
    .transform((row, context) => {
      const timeInDate = row.date.time ? parseClockTime(row.date.time) : '12:00'
      const time = row.time ?? timeInDate
      const occurredAt = time ? londonInstant(row.date.date, time) : null
      if (!occurredAt) {
        context.addIssue({
          code: 'custom',
          path: ['time'],
          message: `"${row.date.time}" is not a time: use hh:mm (24-hour).`,
        })
        return z.NEVER
      }
      return {
        business: row.business,
        offenderRefs: row.offenderRefs,
        data: {
          type: row.type,
          occurredAt: occurredAt.toISOString(),
          spot: row.spot,
          summary: row.summary ?? row.description.slice(0, incidentTextLimits.summary),
          description: row.description,
          valueLost: row.valueLost,
          valueRecovered: row.valueRecovered,
          policeCalled: row.policeCalled,
          police: { crimeReference: row.crimeReference, outcome: row.outcome },
          status: row.status,
        },
      }
    })

export type IncidentRow = z.output<ReturnType<typeof incidentRowSchemaFor>>
