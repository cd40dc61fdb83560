import type { OutageFigures } from './outageFigures'
import type { Verification } from './verifySoak'

/**
 * Whether the run failed: anything acknowledged lost or incomplete, a key filed twice, a loose file or row,
 * nothing acknowledged at all, an app instance exiting (other than the one killed on purpose), or a fault
 * members did not recover from, or, other than a crash, recovered from without a clean "busy" answer.
 */
export const soakFailed = (
  verification: Verification,
  appExited: boolean,
  outages: [string, OutageFigures][],
): boolean =>
  verification.lost.length > 0 ||
  verification.photosMissing.length > 0 ||
  verification.duplicates > 0 ||
  verification.incidentsWithMissingFiles > 0 ||
  verification.evidenceWithoutIncident > 0 ||
  verification.acknowledged === 0 ||
  appExited ||
  outages.some(([, figures]) => figures.recoverS === null || (figures.unclean.length > 0 && !figures.crash))
