'use server'
import { headers } from 'next/headers'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { noticeViewerOf } from './noticeViewerOf'
import { serveNotice } from './serveNotice'
import { serveNoticeSchema } from './serveNoticeSchema'

export type ServeNoticeState = { ok?: boolean; error?: string }

/** The serve form's action: re-authenticates (police member or staff), validates, then serves as that account. */
export const serveNoticeAction = async (
  _state: ServeNoticeState,
  form: FormData,
): Promise<ServeNoticeState> => {
  const server = await noticeViewerOf(new Headers(await headers()))
  if (!server) return { error: 'Your session has ended. Sign in again.' }
  const parsed = serveNoticeSchema.safeParse({
    notice: form.get('notice'),
    place: form.get('place') ?? '',
    signature: form.get('signature'),
    signatureImage: form.get('signatureImage') || undefined,
  })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the details.' }
  const result = await serveNotice(await getPayloadClient(), server, parsed.data)
  return result.ok ? { ok: true } : { error: result.error }
}
