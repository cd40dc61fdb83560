import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { servedMeanwhileMessage } from '@/collections/ExclusionNotices/hooks/refuseSecondService'
import { noticeSignatureContext } from '@/collections/ExclusionNotices/notice/noticeSignatureContext'
import { formatWhen } from '@/lib/format/formatWhen'
import { SignatureRejected, signatureImage } from '@/lib/images/signatureImage'
import { servedByNameOf } from './servedByNameOf'
import type { ServeNoticeInput } from './serveNoticeSchema'

export type ServeNoticeResult = { ok: true; signedDocument: number | null } | { ok: false; error: string }

const notServable = 'This notice cannot be served from your account.'

/**
 * Records that `server` served a notice, as them (access on): the notice must be one they may read and
 * not served yet. The time and their name come from the account, never the form (the record itself stamps
 * which account served it: hooks/stampNoticeServer); the drawn signature is checked and re-encoded, then
 * passed to the hook that prints and stores the signed copy (through `context`, so it is never kept as a
 * field of its own).
 */
export const serveNotice = async (
  payload: Payload,
  server: Account,
  input: ServeNoticeInput,
): Promise<ServeNoticeResult> => {
  const notice = await payload.findByID({
    collection: 'exclusion-notices',
    id: input.notice,
    depth: 0,
    select: { service: { servedAt: true, servedByName: true } },
    disableErrors: true,
    user: server,
    overrideAccess: false,
  })
  if (!notice) return { ok: false, error: notServable }
  if (notice.service?.servedAt)
    return {
      ok: false,
      error: `This notice was already served on ${formatWhen(notice.service.servedAt)}${notice.service.servedByName ? ` by ${notice.service.servedByName}` : ''}.`,
    }
  let signaturePng: Uint8Array | null = null
  if (input.signature === 'signed') {
    try {
      signaturePng = new Uint8Array(await signatureImage(input.signatureImage))
    } catch (error) {
      if (error instanceof SignatureRejected) return { ok: false, error: error.message }
      throw error
    }
  }
  try {
    const served = await payload.update({
      collection: 'exclusion-notices',
      id: input.notice,
      data: {
        service: {
          servedAt: new Date().toISOString(),
          servedByName: servedByNameOf(server),
          place: input.place,
          signature: input.signature,
        },
      },
      depth: 0,
      context: { [noticeSignatureContext]: signaturePng },
      user: server,
      overrideAccess: false,
    })
    const signedDocument = served.service?.signedDocument
    return { ok: true, signedDocument: typeof signedDocument === 'number' ? signedDocument : null }
  } catch (error) {
    payload.logger.warn({
      msg: 'Notice service refused',
      status: (error as { status?: number }).status,
      account: `${server.collection}:${server.id}`,
      notice: input.notice,
      err: (error as Error).message,
    })
    // Someone else served it between our check and the write (hooks/refuseSecondService): say so.
    if ((error as { status?: number }).status === 409) return { ok: false, error: servedMeanwhileMessage }
    return { ok: false, error: notServable }
  }
}
