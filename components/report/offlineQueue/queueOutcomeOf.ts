import type { ReportResult } from '@/features/reports/reportResult'
import type { QueuedReport } from './queuedReport'

export type QueueOutcome =
  | { kind: 'sent'; reference: string }
  | { kind: 'keep'; problem?: QueuedReport['problem'] }

/**
 * What to do with a queued report after one try at `/report/queued`, from the answer's status and body.
 * Only a filed report leaves the queue. A refusal of the answers is kept too, marked for the member to
 * edit: nothing they wrote is thrown away by the phone.
 */
export const queueOutcomeOf = (status: number, body: ReportResult | null): QueueOutcome => {
  if (status === 401)
    return { kind: 'keep', problem: { kind: 'signed-out', message: 'Sign in again to send it.' } }
  if (status === 409)
    return {
      kind: 'keep',
      problem: { kind: 'other-member', message: 'Someone else is signed in on this phone.' },
    }
  if (status !== 200 || !body) return { kind: 'keep' }
  if (body.ok) return { kind: 'sent', reference: body.reference }
  if (body.retry) return { kind: 'keep' }
  return { kind: 'keep', problem: { kind: 'refused', message: body.message } }
}
