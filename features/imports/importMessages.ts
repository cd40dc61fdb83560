import type { ImportMode } from './importResult'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** What staff read at the top of the results: what happened, and what to do next. */
export const importMessages = {
  notAllowed: 'Only scheme managers and admins may import.',
  fileErrors: 'The file cannot be imported as it is: see the problems listed. Nothing was written.',
  failed: 'The import could not finish because of a server problem. Nothing was written; try again.',
  rowsRefused: (mode: ImportMode, bad: number) =>
    mode === 'dry-run'
      ? `${plural(bad, 'row has', 'rows have')} errors. Nothing was written. Fix them and check the file again.`
      : `${plural(bad, 'row has', 'rows have')} errors, so nothing was imported. Fix them and try again.`,
  checked: (offenders: number, incidents: number) =>
    `Every row passed. Importing would create ${plural(offenders, 'offender profile', 'offender profiles')} and ${plural(incidents, 'incident', 'incidents')}. Nothing has been written yet.`,
  imported: (offenders: number, incidents: number) =>
    `Imported ${plural(offenders, 'offender profile', 'offender profiles')} and ${plural(incidents, 'incident', 'incidents')}.`,
}
