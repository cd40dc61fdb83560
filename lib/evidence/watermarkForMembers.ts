import type { PayloadRequest, TypeWithID } from 'payload'
import { memberOf } from '@/access/accountOf'
import { readEvidenceBytes } from './readEvidenceBytes'
import { watermark, watermarkLabel } from './watermark'

/**
 * A file handler on the evidence route (`/api/evidence/file/…`): Payload has already checked read access;
 * a member gets the image stamped with their name and the date, never the clean original. Staff (and the
 * server itself) fall through to the normal handlers.
 */
export const watermarkForMembers = (
  req: PayloadRequest,
  { doc, params }: { doc: TypeWithID; params: { filename: string } },
): Promise<Response> | undefined => {
  const member = memberOf(req)
  return member ? serveWatermarked(req, doc, params.filename, member.name) : undefined
}

const serveWatermarked = async (req: PayloadRequest, doc: TypeWithID, filename: string, viewer: string) => {
  const bytes = await readEvidenceBytes(req.payload, doc, filename)
  const image = await watermark(bytes, watermarkLabel({ name: viewer }))
  return new Response(new Uint8Array(image), {
    headers: {
      'Content-Type': 'image/webp',
      'Cache-Control': 'private, no-store, max-age=0',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
