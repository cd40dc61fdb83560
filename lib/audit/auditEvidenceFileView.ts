import type { PayloadRequest, TypeWithID } from 'payload'
import { accountOf } from '@/access/accountOf'
import { recordAudit } from './recordAudit'

type FileDoc = TypeWithID & { filename?: string | null }

/** The evidence row whose full-size file this is; null for a thumbnail or an unknown name. */
const originalNamed = async (req: PayloadRequest, filename: string): Promise<FileDoc | null> => {
  const found = await req.payload.find({
    collection: 'evidence',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
    select: { filename: true },
    pagination: false,
    req,
    // Payload has already allowed this caller every evidence file (read access `true`): only the id is needed.
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

/**
 * An upload handler on the evidence file route (`/api/evidence/file/…`), first in the list: Payload has
 * already checked read access, so this records that the signed-in account viewed the image and returns
 * nothing, letting the next handler serve it. Only the full-size file counts: thumbnails fill the admin's
 * lists and would flood the log (docs/audit-chain.md). Payload passes the row only when access was a
 * query (members); for staff with full access it passes none, so the row is looked up by its filename.
 */
export const auditEvidenceFileView = async (
  req: PayloadRequest,
  { doc, params }: { doc?: FileDoc; params: { filename: string } },
): Promise<undefined> => {
  const account = accountOf(req)
  if (!account) return undefined
  const original = doc
    ? doc.filename === params.filename
      ? doc
      : null
    : await originalNamed(req, params.filename)
  if (!original) return undefined
  await recordAudit(req, {
    action: 'view',
    summary: `Viewed evidence image #${original.id}`,
    entityCollection: 'evidence',
    entityId: Number(original.id),
  })
  return undefined
}
