import { isExclusionRunning } from './isExclusionRunning'
import type { RetentionProfile } from './retentionProfile'

export type DeletionHold =
  | { kind: 'staff'; reason: string }
  | { kind: 'exclusion'; stage: 'warning' | 'exclusion'; until: string | null }
  | { kind: 'police' }

/**
 * What keeps an archived profile past its review date: a staff hold with a reason, a warning or
 * exclusion still running, or an open police case on a linked report (found by a query: passed in).
 */
export const deletionHolds = (
  profile: RetentionProfile,
  now: Date,
  openPoliceCase: boolean,
): DeletionHold[] => {
  const holds: DeletionHold[] = []
  const reason = profile.retentionHold?.reason?.trim()
  if (reason) holds.push({ kind: 'staff', reason })
  const exclusion = profile.exclusion
  if (isExclusionRunning(exclusion, now)) {
    holds.push({
      kind: 'exclusion',
      stage: exclusion?.stage === 'warning' ? 'warning' : 'exclusion',
      until: exclusion?.endsAt ?? null,
    })
  }
  if (openPoliceCase) holds.push({ kind: 'police' })
  return holds
}
