import type { TimelineEntry } from './virtualMember'

export type OutageFigures = {
  faultStartS: number
  faultEndS: number
  failed: number
  clean: number
  unclean: string[]
  /** From the fault's end (database up, store answering) to the first request after it that succeeded. */
  recoverS: number | null
  /** From the fault's end to the end of the last failed request. */
  lastFailureS: number | null
  /** The fault was a crash (an instance killed): its failures need not be clean "busy" answers. */
  crash?: boolean
}

/**
 * What members saw around a fault: the failed requests from its start until the app answered again, how many
 * failed cleanly (a "busy"/"photo not saved" answer, no stack trace), and how long recovery took.
 */
export const outageFigures = (
  timeline: TimelineEntry[],
  fault: { start: number; end: number },
  kinds?: string[],
): OutageFigures => {
  const relevant = timeline.filter((entry) => !kinds || kinds.includes(entry.kind))
  const firstSuccessAfter = relevant
    .filter((entry) => entry.ok && entry.start >= fault.end)
    .reduce<number | null>((first, entry) => (first === null || entry.end < first ? entry.end : first), null)
  const windowEnd = firstSuccessAfter ?? Number.POSITIVE_INFINITY
  const failures = relevant.filter(
    (entry) => !entry.ok && entry.end >= fault.start && entry.start <= windowEnd,
  )
  const unclean = new Map<string, number>()
  for (const entry of failures.filter((item) => !item.clean)) {
    const label = `${entry.kind} ${entry.status}`
    unclean.set(label, (unclean.get(label) ?? 0) + 1)
  }
  const lastFailure = failures.reduce((last, entry) => Math.max(last, entry.end), Number.NEGATIVE_INFINITY)
  return {
    faultStartS: fault.start / 1000,
    faultEndS: fault.end / 1000,
    failed: failures.length,
    clean: failures.length - [...unclean.values()].reduce((sum, n) => sum + n, 0),
    unclean: [...unclean].map(([label, count]) => `${label} ×${count}`),
    recoverS: firstSuccessAfter === null ? null : (firstSuccessAfter - fault.end) / 1000,
    lastFailureS: failures.length ? (lastFailure - fault.end) / 1000 : null,
  }
}
