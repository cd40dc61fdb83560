import type { RowError } from './importResult'
import type { ProfileDirectory } from './loadProfileDirectory'
import { normaliseKey } from './normaliseKey'
import { RowProblem } from './RowProblem'

export type RefsInRun = {
  /** Refs of offender rows created in this run, by normalised ref. */
  created: Map<string, number>
  /** Refs of offender rows that could not be created, with the row that holds each. */
  failed: Map<string, number>
}

const column = 'Offender refs'

/**
 * An incident's Offender refs as profile ids: a Ref from the offenders file of this import first, then
 * "#id", then an existing profile's name or alias. Every ref that cannot be resolved is reported.
 */
export const resolveOffenderRefs = (refs: string[], run: RefsInRun, profiles: ProfileDirectory): number[] => {
  const ids: number[] = []
  const errors: RowError[] = []
  for (const ref of refs) {
    const key = normaliseKey(ref)
    const created = run.created.get(key)
    const failedRow = run.failed.get(key)
    const byId = /^#\s*(\d+)$/.exec(ref)
    const named = profiles.byName.get(key)
    if (created !== undefined) ids.push(created)
    else if (failedRow !== undefined) {
      errors.push({
        column,
        message: `"${ref}" is on row ${failedRow} of the offenders file, which has errors.`,
      })
    } else if (byId) {
      const id = Number(byId[1])
      if (profiles.ids.has(id)) ids.push(id)
      else errors.push({ column, message: `There is no profile #${id}.` })
    } else if (named?.size === 1) ids.push([...named][0] as number)
    else if (named && named.size > 1) {
      const choices = [...named].map((id) => `#${id}`).join(', ')
      errors.push({
        column,
        message: `"${ref}" matches more than one profile (${choices}): write the one meant.`,
      })
    } else {
      errors.push({
        column,
        message: `"${ref}" is not a Ref in the offenders file nor an existing profile's name.`,
      })
    }
  }
  if (errors.length) throw new RowProblem(errors)
  return [...new Set(ids)]
}
