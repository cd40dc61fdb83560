import { incidentStatuses } from '@/collections/Incidents/incidentTypes'
import type { ImportKind } from './columnSpec'
import type { ImportVocabulary } from './importVocabulary'
import { galleries } from './offenderRowSchema'

/**
 * The drop-down lists of a workbook template, by column key: the scheme's incident types and police outcomes
 * in use, and the fixed choices. Cells still take the other spellings the import knows, so the lists only suggest.
 */
export const templateChoices = (
  kind: ImportKind,
  vocabulary: ImportVocabulary,
): Record<string, readonly string[]> =>
  kind === 'offenders'
    ? { gallery: galleries.map((option) => option.label) }
    : {
        type: vocabulary.incidentTypes.filter((type) => !type.retired).map((type) => type.label),
        policeCalled: ['yes', 'no'],
        outcome: vocabulary.policeOutcomes
          .filter((outcome) => !outcome.retired)
          .map((outcome) => outcome.label),
        status: incidentStatuses.map((option) => option.label),
      }
