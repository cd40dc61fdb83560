'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ToServiceWorker } from '@/lib/offline/offlineMessages'
import type { QueuedReport, SentNotice } from './offlineQueue/queuedReport'
import { dismissSentNotice, queuedReports, sentNotices, unqueueReport } from './offlineQueue/reportQueueStore'
import { sendQueuedReports } from './offlineQueue/sendQueuedReports'

const photoCountText = (count: number) => (count ? ` · ${count} photo${count > 1 ? 's' : ''}` : '')

/**
 * The member's reports waiting on this phone, and the notice when one has gone. Sends the queue when the
 * page opens with a signal and when the signal returns (`online`), and lists again when the service worker
 * says it sent some (docs/offline-app.md). Reads nothing on the server: the first render is empty.
 */
export const QueuedReports = ({
  owner,
  onEdit,
}: {
  owner: number
  onEdit: (report: QueuedReport) => void
}) => {
  const [waiting, setWaiting] = useState<QueuedReport[]>([])
  const [sent, setSent] = useState<SentNotice[]>([])
  const sending = useRef(false)

  const list = useCallback(async () => {
    try {
      setWaiting(await queuedReports(owner))
      setSent(await sentNotices(owner))
    } catch {
      // No IndexedDB on this phone (private mode): nothing can be queued, so there is nothing to list.
    }
  }, [owner])

  const sendNow = useCallback(async () => {
    if (sending.current || !navigator.onLine) return
    sending.current = true
    try {
      const { signedOut } = await sendQueuedReports(owner)
      // The session has ended: the worker deletes this phone's offline copies of members' pages now.
      if (signedOut) {
        const message: ToServiceWorker = { type: 'ntars:signed-out' }
        navigator.serviceWorker?.controller?.postMessage(message)
      }
    } catch {
      // Tried again on the next `online` event or page open.
    } finally {
      sending.current = false
      await list()
    }
  }, [owner, list])

  useEffect(() => {
    void list().then(sendNow)
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === 'ntars:queue-changed') void list()
    }
    window.addEventListener('online', sendNow)
    navigator.serviceWorker?.addEventListener('message', onMessage)
    return () => {
      window.removeEventListener('online', sendNow)
      navigator.serviceWorker?.removeEventListener('message', onMessage)
    }
  }, [list, sendNow])

  if (!waiting.length && !sent.length) return null
  return (
    <div className="space-y-3">
      {sent.map((notice) => (
        <div
          key={notice.submissionKey}
          role="status"
          className="rounded border-l-4 border-green-700 bg-green-50 p-3"
        >
          <p>
            Your report waiting on this phone has been sent. Its reference is{' '}
            <strong>{notice.reference}</strong>.
          </p>
          <button
            type="button"
            className="underline"
            onClick={() => void dismissSentNotice(notice).then(list)}
          >
            OK
          </button>
        </div>
      ))}
      {waiting.length ? (
        <section
          aria-labelledby="queued-reports"
          className="rounded border-l-4 border-amber-600 bg-amber-50 p-3"
        >
          <h2 id="queued-reports" className="font-semibold">
            Waiting to send
          </h2>
          <p className="text-sm">Kept on this phone. They are sent by themselves when the signal returns.</p>
          <ul className="mt-2 space-y-2">
            {waiting.map((report) => (
              <li key={report.submissionKey}>
                <p>
                  {report.values.description.slice(0, 80) || 'Report'}
                  {photoCountText(report.photos.length)}
                </p>
                {report.problem ? (
                  <p className="text-sm font-semibold text-red-800">
                    {report.problem.message}{' '}
                    {report.problem.kind === 'signed-out' ? (
                      <a className="underline" href="/sign-in?next=/report">
                        Sign in
                      </a>
                    ) : null}
                  </p>
                ) : null}
                {report.problem?.kind === 'refused' ? (
                  <button
                    type="button"
                    className="underline"
                    onClick={() =>
                      void unqueueReport(report)
                        .then(() => onEdit(report))
                        .then(list)
                    }
                  >
                    Edit it
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
