import type { PayloadRequest, TypeWithID } from 'payload'
import { type MemberAccount, memberOf } from '@/access/accountOf'
import { readEvidenceBytes } from './readEvidenceBytes'
import { viewerBusinessName } from './viewerBusinessName'
import { watermark, watermarkLabel } from './watermark'

/**
 * A file handler on the evidence route (`/api/evidence/file/…`): Payload has already checked read access;
 * a member gets the image stamped with their name, their business and the date (as the members' /photos
 * route does), never the clean original. Staff (and the server itself) fall through to the normal handlers.
 */
export const watermarkForMembers = (
  req: PayloadRequest,
  { doc, params }: { doc: TypeWithID; params: { filename: string } },
): Promise<Response> | undefined => {
  const member = memberOf(req)
  return member ? serveWatermarked(req, doc, params.filename, member) : undefined
}

const serveWatermarked = async (
  req: PayloadRequest,
  doc: TypeWithID,
  filename: string,
  viewer: MemberAccount,
) => {
  const bytes = await readEvidenceBytes(req.payload, doc, filename)
  const label = watermarkLabel({ name: viewer.name, businessName: await viewerBusinessName(req, viewer) })
  const image = await watermark(bytes, label)
  return new Response(new Uint8Array(image), {
    headers: {
      'Content-Type': 'image/webp',
      'Cache-Control': 'private, no-store, max-age=0',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
