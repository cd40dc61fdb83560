'use client'
import { useState, useTransition } from 'react'
import { type ReportResult, reportIncidentAction } from '@/features/reports/reportIncidentAction'
import { clearReportDraft } from './reportDraft'

const notSent: ReportResult = {
  ok: false,
  message: 'Not sent — your report is saved on this phone. Send again when you have a signal.',
  retry: true,
}

/**
 * Sends a report and keeps the answer. Offline, or when the request or its answer is lost, the member is
 * told it was not sent: the report may or may not have arrived, and sending again with the same submission
 * key is safe either way. The phone's draft is cleared only once the report is filed.
 */
export const useSendReport = (draftOwner: number) => {
  const [result, setResult] = useState<ReportResult | null>(null)
  const [pending, startTransition] = useTransition()
  const send = (form: FormData) => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setResult(notSent)
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
  return { result, pending, send, clear: () => setResult(null) }
}
