'use client'
import { useState, useTransition } from 'react'
import { type ReportResult, reportIncidentAction } from '@/features/reports/reportIncidentAction'
import { askToSendQueue } from './offlineQueue/askToSendQueue'
import type { QueuedReport } from './offlineQueue/queuedReport'
import { queueReport } from './offlineQueue/reportQueueStore'
import { clearReportDraft } from './reportDraft'

const notSent: ReportResult = {
  ok: false,
  message: 'Not sent — your report is saved on this phone. Send again when you have a signal.',
  retry: true,
}

/**
 * Sends a report and keeps the answer. With no signal the report is queued on the phone with its photos
 * (IndexedDB) and sent by itself when the signal returns (docs/offline-app.md); where the phone cannot
 * store it, the member is told it was not sent and the text stays as a draft. When the request or its
 * answer is lost, the member is told it was not sent: sending again with the same submission key is safe.
 * The phone's draft is cleared only once the report is filed or queued.
 */
export const useSendReport = (draftOwner: number) => {
  const [result, setResult] = useState<ReportResult | null>(null)
  const [queued, setQueued] = useState(false)
  const [pending, startTransition] = useTransition()
  const send = (form: FormData, report: QueuedReport) => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      startTransition(async () => {
        try {
          await queueReport({ ...report, queuedAt: new Date().toISOString() })
          clearReportDraft(draftOwner)
          await askToSendQueue()
          setQueued(true)
        } catch {
          setResult(notSent)
        }
      })
      return
    }
    startTransition(async () => {
      try {
        const answer = await reportIncidentAction(form)
        if (answer.ok) clearReportDraft(draftOwner)
        setResult(answer)
      } catch {
        setResult(notSent)
      }
    })
  }
  const clear = () => {
    setResult(null)
    setQueued(false)
  }
  return { result, queued, pending, send, clear }
}
