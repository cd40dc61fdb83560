import { reportFormData } from '../reportFormData'
import type { QueuedReport } from './queuedReport'
import { queueOutcomeOf } from './queueOutcomeOf'
import { queuedReports, queueReport, recordSentNotice, unqueueReport } from './reportQueueStore'

/** The address queued reports are sent to (app/(members)/report/queued/route.ts). */
export const queuedReportUrl = '/report/queued'

/** Whether the server said the session has ended (the caller wipes the member's offline copies). */
type SendOutcome = { signedOut: boolean }

const sendOne = async (report: QueuedReport): Promise<SendOutcome> => {
  const form = reportFormData(report)
  form.set('queuedBy', String(report.owner))
  let response: Response
  try {
    // Same origin, so the session cookie goes with it: the server signs the member in again.
    response = await fetch(queuedReportUrl, { method: 'POST', body: form, credentials: 'same-origin' })
  } catch {
    return { signedOut: false } // still no signal: it stays queued for the next try
  }
  const body = await response.json().catch(() => null)
  const outcome = queueOutcomeOf(response.status, body)
  if (outcome.kind === 'sent') {
    await recordSentNotice({
      owner: report.owner,
      submissionKey: report.submissionKey,
      reference: outcome.reference,
    })
    await unqueueReport(report)
  } else if (outcome.problem) {
    await queueReport({ ...report, problem: outcome.problem })
  }
  return { signedOut: outcome.kind === 'keep' && outcome.problem?.kind === 'signed-out' }
}

/**
 * Tries each queued report once, one after another (the page for its member's, the service worker for
 * everyone's: the server only files a report for the member who wrote it). Says whether any are left, and
 * whether the server said the session has ended.
 */
export const sendQueuedReports = async (owner?: number): Promise<{ left: boolean; signedOut: boolean }> => {
  let signedOut = false
  for (const report of await queuedReports(owner)) {
    // A refused report waits for its writer to edit it; sending it unchanged would be refused again.
    if (report.problem?.kind === 'refused') continue
    if ((await sendOne(report)).signedOut) signedOut = true
  }
  return { left: (await queuedReports(owner)).length > 0, signedOut }
}
