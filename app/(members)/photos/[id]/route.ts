import { readEvidenceBytes } from '@/features/evidence/readEvidenceBytes'
import { watermark, watermarkLabel } from '@/features/evidence/watermark'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { auditView } from '@/lib/audit/auditView'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'

/**
 * A private image for the members' area, watermarked with the viewer's name, business and the date.
 * Access is the evidence collection's own read rule, checked as the signed-in member.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await currentMember()
  if (!member) return new Response('Sign in to see this image.', { status: 401, headers: privateHeaders })
  const { id } = await params
  if (!/^\d+$/.test(id)) return new Response('Not found', { status: 404, headers: privateHeaders })
  const payload = await getPayloadClient()
  const evidence = await payload.findByID({
    collection: 'evidence',
    id: Number(id),
    depth: 0,
    disableErrors: true,
    user: member,
    overrideAccess: false,
  })
  if (!evidence?.filename) {
    // Logged only when the image exists: this member may not see it.
    await auditMemberRefusal(member, {
      summary: `Evidence image #${id} refused`,
      entityCollection: 'evidence',
      entityId: Number(id),
    })
    return new Response('Not found', { status: 404, headers: privateHeaders })
  }
  const wantsThumbnail = new URL(request.url).searchParams.get('size') === 'thumbnail'
  // Full-size views are logged; thumbnails fill gallery lists and would flood the log (docs/audit-chain.md).
  if (!wantsThumbnail) await auditView(member, 'evidence', evidence.id)
  const filename = (wantsThumbnail && evidence.sizes?.thumbnail?.filename) || evidence.filename
  try {
    const image = await watermark(
      await readEvidenceBytes(payload, evidence, filename),
      watermarkLabel(member),
    )
    return new Response(new Uint8Array(image), {
      headers: { ...privateHeaders, 'Content-Type': 'image/webp' },
    })
  } catch (error) {
    payload.logger.error({
      msg: 'Could not serve an evidence image',
      evidence: evidence.id,
      err: (error as Error).message,
    })
    return new Response('The image is unavailable.', { status: 503, headers: privateHeaders })
  }
}
