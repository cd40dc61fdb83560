import { z } from 'zod'
import { offenderStatuses } from '@/collections/Offenders/warningMarkers'
import { choice, londonInstant, optionalDate, optionalText } from './cellSchemas'
import type { ImportVocabulary } from './importVocabulary'
import { isoDayOfCalendarDate } from './isoDayOfCalendarDate'
import { matchChoice } from './matchChoice'
import { matchVocabulary } from './matchVocabulary'
import { splitList } from './splitList'

export const galleries = [
  { label: 'Known', value: 'known' },
  { label: 'ID sought', value: 'id-sought' },
] as const
const stages = [
  { label: 'None', value: 'none' },
  { label: 'Warning', value: 'warning' },
  { label: 'Exclusion', value: 'exclusion' },
] as const
// Rejected needs a reason and is never history worth importing; the rest are a profile's real states.
const importableStatuses = offenderStatuses.filter((status) => status.value !== 'rejected')
type ImportableStatus = 'approved' | 'proposed' | 'archived'
// Common names for the default markers; used only when the scheme has that key (matchVocabulary).
const markerSpellings: Record<string, string> = {
  threatening: 'threats',
  group: 'group',
  weapon: 'weapons',
  violent: 'violence',
}

const markersCell = (options: ImportVocabulary['warningMarkers']) =>
  z
    .string()
    .default('')
    .transform((cell, context) => {
      const values: string[] = []
      // Semicolons as documented; commas too, since no marker's name has one.
      for (const item of cell
        .split(/[;,]/)
        .map((part) => part.trim())
        .filter(Boolean)) {
        const match = matchVocabulary(item, options, 'warning marker', markerSpellings)
        if ('key' in match) values.push(match.key)
        else context.addIssue({ code: 'custom', message: match.problem })
      }
      return [...new Set(values)]
    })

const aliases = z
  .string()
  .default('')
  .transform((cell, context) => {
    const list = splitList(cell)
    if (list.length > 20) context.addIssue({ code: 'custom', message: 'At most 20 aliases.' })
    for (const alias of list.filter((item) => item.length > 80)) {
      context.addIssue({
        code: 'custom',
        message: `The alias "${alias.slice(0, 20)}…" is over 80 characters.`,
      })
    }
    return list.map((alias) => ({ alias }))
  })

/**
 * One row of an offenders file, checked for its shape (formats, options, lengths) and turned into a profile.
 * The collection's own rules (hooks, field validation) are checked by the rehearsal, so they live in one place.
 */
export const offenderRowSchemaFor = (vocabulary: ImportVocabulary) =>
  z
    .object({
      ref: optionalText(40),
      firstName: optionalText(80),
      lastName: optionalText(80),
      aliases,
      gallery: choice(
        (cell) => matchChoice<'known' | 'id-sought'>(cell, galleries, { sought: 'id-sought' }),
        'known',
        'known, ID sought',
      ),
      warningMarkers: markersCell(vocabulary.warningMarkers),
      ageRange: optionalText(20),
      height: optionalText(20),
      build: optionalText(40),
      hair: optionalText(60),
      distinguishingFeatures: optionalText(1000),
      usualClothing: optionalText(1000),
      modusOperandi: optionalText(3000),
      exclusionStage: choice(
        (cell) =>
          matchChoice<'none' | 'warning' | 'exclusion'>(cell, stages, {
            yellow: 'warning',
            red: 'exclusion',
            excluded: 'exclusion',
          }),
        'none',
        'none, warning, exclusion',
      ),
      exclusionStart: optionalDate,
      exclusionEnd: optionalDate,
      status: choice(
        (cell) => matchChoice<ImportableStatus>(cell, importableStatuses),
        'approved',
        importableStatuses.map((status) => status.value).join(', '),
      ),
    })
    .superRefine((row, context) => {
      const named = row.firstName || row.lastName || row.aliases.length
      if (row.gallery === 'known' && !named) {
        context.addIssue({
          code: 'custom',
          path: ['firstName'],
          message: 'A known person needs a first name, last name or alias (or put "ID sought" in Gallery).',
        })
      }
      const excluded = row.exclusionStage !== 'none'
      if (excluded && !row.exclusionStart) {
        context.addIssue({
          code: 'custom',
          path: ['exclusionStart'],
          message: 'Give the date the warning or exclusion began.',
        })
      }
      if (!excluded && (row.exclusionStart || row.exclusionEnd)) {
        context.addIssue({
          code: 'custom',
          path: ['exclusionStage'],
          message: 'Exclusion dates are given but the stage is none: say "warning" or "exclusion".',
        })
      }
      const { exclusionStart: start, exclusionEnd: end } = row
      if (start && end && isoDayOfCalendarDate(end) <= isoDayOfCalendarDate(start)) {
        context.addIssue({
          code: 'custom',
          path: ['exclusionEnd'],
          message: 'The exclusion must end after it starts.',
        })
      }
    })
    .transform((row) => {
      const startsAt = row.exclusionStart ? londonInstant(row.exclusionStart)?.toISOString() : undefined
      const endsAt = row.exclusionEnd ? londonInstant(row.exclusionEnd)?.toISOString() : undefined
      return {
        ref: row.ref,
        // Made as an exclusion notice after the profile (writeRows.ts): the profile's exclusion mirrors it.
        notice: row.exclusionStage === 'none' ? undefined : { stage: row.exclusionStage, startsAt, endsAt },
        data: {
          firstName: row.firstName,
          lastName: row.lastName,
          aliases: row.aliases,
          gallery: row.gallery,
          warningMarkers: row.warningMarkers,
          appearance: {
            ageRange: row.ageRange,
            height: row.height,
            build: row.build,
            hair: row.hair,
            distinguishingFeatures: row.distinguishingFeatures,
            usualClothing: row.usualClothing,
          },
          modusOperandi: row.modusOperandi,
          status: row.status,
          // An archived profile's review period runs from its import, as from any archiving.
          archivedAt: row.status === 'archived' ? new Date().toISOString() : undefined,
        },
      }
    })

export type OffenderRow = z.output<ReturnType<typeof offenderRowSchemaFor>>
