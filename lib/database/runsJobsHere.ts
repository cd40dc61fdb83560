import type { Payload } from 'payload'
import { jobsEnabled } from '@/lib/env/jobsEnabled'
import type { JobsLeadership } from './jobsLeadership'
import { sharedJobsLeadership } from './sharedJobsLeadership'

/**
 * Payload's `shouldAutoRun`, asked by every instance's queue timer each minute: only the jobs leader
 * (jobsLeadership.ts) queues the scheduled tasks due (its own `handleSchedules`, switched off in the timer
 * itself with `disableScheduling`, because Payload runs it on every instance before asking this) and then
 * runs the queue. Every other instance does neither, so a schedule's slot is queued and run once however
 * many instances there are. NTARS_JOBS=off turns it off everywhere (scripts and tests run jobs themselves).
 */
export const runsJobsHere = async (
  payload: Payload,
  leadership: JobsLeadership = sharedJobsLeadership(),
): Promise<boolean> => {
  if (!jobsEnabled()) return false
  if (!(await leadership.isLeader())) return false
  await payload.jobs.handleSchedules({ queue: 'default' })
  return true
}
