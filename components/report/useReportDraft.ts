'use client'
import { useEffect, useEffectEvent, useState } from 'react'
import { hasContent, loadReportDraft, type ReportDraft, saveReportDraft } from './reportDraft'

/**
 * Keeps the unsent report on this phone (per member) while `keep` is true, and hands a kept draft to
 * `restore` once, after hydration: the server cannot see this phone's storage, so the first render must
 * not depend on it.
 */
export const useReportDraft = (
  owner: number,
  draft: ReportDraft,
  keep: boolean,
  restore: (draft: ReportDraft) => void,
) => {
  const [loaded, setLoaded] = useState(false)
  const onLoad = useEffectEvent((saved: ReportDraft) => restore(saved))
  useEffect(() => {
    const saved = loadReportDraft(owner)
    if (saved) onLoad(saved)
    setLoaded(true)
  }, [owner])

  const { values, offenders, submissionKey, photoCount } = draft
  useEffect(() => {
    if (!loaded || !keep) return
    if (hasContent(values, offenders, photoCount))
      saveReportDraft(owner, { values, offenders, submissionKey, photoCount })
  }, [loaded, keep, owner, values, offenders, submissionKey, photoCount])
}
