import { createStore, del, entries, set } from 'idb-keyval'
import type { QueuedReport, SentNotice } from './queuedReport'

// Opened lazily: the module is imported by pages rendered on the server, where there is no IndexedDB.
let queueStore: ReturnType<typeof createStore> | undefined
let noticeStore: ReturnType<typeof createStore> | undefined
const queue = () => {
  queueStore ??= createStore('ntars-report-queue', 'reports')
  return queueStore
}
const notices = () => {
  noticeStore ??= createStore('ntars-report-sent', 'notices')
  return noticeStore
}

// Keyed by member first, so one member's reports are never listed for another on a shared phone.
const keyOf = (owner: number, submissionKey: string) => `${owner}:${submissionKey}`

export const queueReport = (report: QueuedReport) =>
  set(keyOf(report.owner, report.submissionKey), report, queue())

/** Queued reports, oldest first: one member's, or every member's (the service worker tries them all). */
export const queuedReports = async (owner?: number): Promise<QueuedReport[]> =>
  (await entries<string, QueuedReport>(queue()))
    .map(([, report]) => report)
    .filter((report) => owner === undefined || report.owner === owner)
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt))

export const unqueueReport = (report: Pick<QueuedReport, 'owner' | 'submissionKey'>) =>
  del(keyOf(report.owner, report.submissionKey), queue())

export const recordSentNotice = (notice: SentNotice) =>
  set(keyOf(notice.owner, notice.submissionKey), notice, notices())

export const sentNotices = async (owner: number): Promise<SentNotice[]> =>
  (await entries<string, SentNotice>(notices())).map(([, notice]) => notice).filter((n) => n.owner === owner)

export const dismissSentNotice = (notice: SentNotice) =>
  del(keyOf(notice.owner, notice.submissionKey), notices())
