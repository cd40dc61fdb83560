import type { GalleryCard } from '@/features/gallery/searchGallery'

export type ReportValues = {
  type: string
  occurredAt: string
  description: string
  spot: string
  valueLost: string
  valueRecovered: string
  policeCalled: boolean
  crimeReference: string
  unknownDescription: string
  proposeIdSought: boolean
}

/** What is kept on the phone while a report is unsent. Photos are not: localStorage holds text only. */
export type ReportDraft = {
  values: ReportValues
  offenders: GalleryCard[]
  /** The submission key: a draft sent again after a lost response must find the report it already made. */
  submissionKey: string
  photoCount: number
}

// One draft per member, so a shared shop phone never shows one member's report to another.
const storageKey = (owner: number) => `ntars:report-draft:${owner}`

export const loadReportDraft = (owner: number): ReportDraft | null => {
  try {
    const raw = window.localStorage.getItem(storageKey(owner))
    if (!raw) return null
    const draft = JSON.parse(raw) as Partial<ReportDraft>
    if (!draft.values || typeof draft.submissionKey !== 'string') return null
    return {
      values: draft.values,
      offenders: Array.isArray(draft.offenders) ? draft.offenders : [],
      submissionKey: draft.submissionKey,
      photoCount: Number(draft.photoCount) || 0,
    }
  } catch {
    return null // private mode or a corrupt entry: start with an empty form
  }
}

export const saveReportDraft = (owner: number, draft: ReportDraft) => {
  try {
    window.localStorage.setItem(storageKey(owner), JSON.stringify(draft))
  } catch {
    // Storage full or disabled: the form still works, it just cannot survive a reload.
  }
}

export const clearReportDraft = (owner: number) => {
  try {
    window.localStorage.removeItem(storageKey(owner))
  } catch {}
}

/** True when the member has typed or chosen anything worth keeping (the time is pre-filled, so it is not). */
export const hasContent = (values: ReportValues, offenders: GalleryCard[], photoCount: number) =>
  Boolean(
    values.type ||
      values.description.trim() ||
      values.spot.trim() ||
      values.valueLost ||
      values.valueRecovered ||
      values.crimeReference.trim() ||
      values.unknownDescription.trim() ||
      values.policeCalled ||
      values.proposeIdSought ||
      offenders.length ||
      photoCount,
  )
