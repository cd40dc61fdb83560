import { FileUploadError } from 'payload'
import { isDatabaseUnavailable } from '../../lib/database/isDatabaseUnavailable'
import { reportMessages } from './reportMessages'
import type { ReportResult } from './reportResult'

const uploadFailureMessage = /problem while uploading the file/i

type PayloadError = Error & { status?: number; data?: { errors?: { message: string; path?: string }[] } }

/**
 * What the member is told when writing the report failed. `stage` says how far it got: a store failure while
 * saving photos is named as such, so the member knows the photo is the problem, not their answers.
 */
export const refusalFor = (error: unknown, stage: 'photos' | 'report'): ReportResult & { ok: false } => {
  if (isDatabaseUnavailable(error)) return { ok: false, message: reportMessages.serviceBusy, retry: true }
  // Payload reports any failure while storing an upload (disk, store, even the database) as this 400. In a
  // production bundle the class may not be the one imported here, so its message is recognised too.
  if (error instanceof FileUploadError || uploadFailureMessage.test((error as Error)?.message ?? ''))
    return { ok: false, message: reportMessages.photoNotSaved, retry: true }
  const { status, data, message } = error as PayloadError
  const messages = data?.errors
  if (status && status < 500 && messages?.length) {
    const fieldErrors = Object.fromEntries(
      messages.map((entry) => [
        entry.path === 'offenders' ? 'offenderIds' : (entry.path ?? 'form'),
        entry.message,
      ]),
    )
    return { ok: false, message: reportMessages.fieldsNeedLooking, fieldErrors }
  }
  if (status && status < 500) return { ok: false, message: message || 'The report was refused.' }
  if (stage === 'photos') return { ok: false, message: reportMessages.photoNotSaved, retry: true }
  return { ok: false, message: reportMessages.notSaved, retry: true }
}
