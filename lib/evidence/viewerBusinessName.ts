import type { PayloadRequest } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'

/**
 * The name of the viewer's business for a watermark, or null (police and partners have none). Payload's
 * JWT strategy may leave the business as a bare id, so it is read, as the viewer (their own business is
 * always theirs to read).
 */
export const viewerBusinessName = async (
  req: PayloadRequest,
  viewer: MemberAccount,
): Promise<string | null> => {
  const populated = viewer.business as { name?: unknown } | number | null | undefined
  if (populated && typeof populated === 'object' && typeof populated.name === 'string') return populated.name
  const id = relationId(viewer.business)
  if (id === null) return null
  const business = await req.payload.findByID({
    collection: 'businesses',
    id,
    depth: 0,
    select: { name: true },
    disableErrors: true,
    user: viewer,
    overrideAccess: false,
    req,
  })
  return business?.name ?? null
}
