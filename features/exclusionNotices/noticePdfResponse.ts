import 'server-only'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { buildNoticePdf } from './buildNoticePdf'
import { noticeViewerOf } from './noticeViewerOf'

const message = (status: number, text: string) =>
  new Response(text, { status, headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })

/** The HTTP answer for a notice PDF: the file as a download, never cached, or a plain message. */
export const noticePdfResponse = async (request: Request, id: string): Promise<Response> => {
  const viewer = await noticeViewerOf(request.headers)
  if (!viewer) return message(401, 'Sign in as a police officer or scheme manager to download notices.')
  if (!/^\d{1,9}$/.test(id)) return message(404, 'Not found')
  const payload = await getPayloadClient()
  try {
    const built = await buildNoticePdf(payload, viewer, Number(id), request.headers)
    if (!built) {
      await auditMemberRefusal(viewer, {
        summary: `Exclusion notice #${id} refused`,
        entityCollection: 'exclusion-notices',
        entityId: Number(id),
      })
      return message(404, 'Not found')
    }
    return new Response(new Uint8Array(built.bytes), {
      headers: {
        ...privateHeaders,
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${built.filename}"`,
      },
    })
  } catch (error) {
    payload.logger.error({
      msg: 'Could not make an exclusion notice PDF',
      viewer: `${viewer.collection}:${viewer.id}`,
      notice: Number(id),
      err: (error as Error).message,
    })
    return message(500, 'The notice could not be made. Please try again.')
  }
}
