import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { relationId } from '@/access/relationId'
import { suggestionFor } from '../calculation/suggestionFor'
import { overrideProblem } from '../rules/overrideProblem'

type Calculation = {
  suggestedStage?: string | null
  points?: number | null
  reasons?: unknown
  overrideReason?: string | null
}

/**
 * On create, stores what the scheme's rules suggest for the profile (stage, points, reasons) beside the
 * stage staff chose; a different choice needs an override reason, or nothing is written. On update the
 * stored suggestion stands, and changing the stage away from it needs the reason too.
 */
export const recordSuggestion: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const given = (data.calculation ?? {}) as Calculation
  const before = (originalDoc?.calculation ?? {}) as Calculation
  let calculation: Calculation = { ...before, ...given }
  if (operation === 'create') {
    const offenderId = relationId(data.offender)
    if (offenderId === null) return data
    const suggestion = await suggestionFor(req, offenderId)
    calculation = {
      ...calculation,
      suggestedStage: suggestion.stage,
      points: suggestion.points,
      reasons: suggestion.reasons,
    }
  } else {
    // Hook-set values: an edit through the API cannot rewrite what the rules said.
    calculation = {
      ...calculation,
      suggestedStage: before.suggestedStage,
      points: before.points,
      reasons: before.reasons,
    }
  }
  const stage = data.stage ?? originalDoc?.stage
  const stageChanged = operation === 'create' || stage !== originalDoc?.stage
  const problem = stageChanged
    ? overrideProblem(stage, calculation.suggestedStage, calculation.overrideReason)
    : null
  if (problem) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: problem, path: 'calculation.overrideReason' }],
      req,
    })
  }
  return { ...data, calculation }
}
