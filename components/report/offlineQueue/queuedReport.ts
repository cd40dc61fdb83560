import type { GalleryCard } from '@/features/gallery/searchGallery'
import type { ReportValues } from '../reportDraft'

/**
 * A report written with no signal, kept on the phone WITH its photos (IndexedDB holds files, localStorage
 * does not) until it is sent. Its submission key makes every try after the first find the report already
 * filed, so sending it from the page and from the service worker at once still makes one report.
 */
export type QueuedReport = {
  /** The member who wrote it: only their pages show it, and the server files it only for them. */
  owner: number
  submissionKey: string
  queuedAt: string
  values: ReportValues
  offenders: GalleryCard[]
  welfare: boolean
  photos: File[]
  /** Why the last try kept it: no session (sign in), another member signed in, or refused (edit it). */
  problem?: { kind: 'signed-out' | 'other-member' | 'refused'; message: string }
}

/** A queued report that has gone, until its writer has seen the notice. */
export type SentNotice = { owner: number; submissionKey: string; reference: string }
