import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { readStoredFile } from '@/lib/uploads/readStoredFile'
import { recordDocumentRead } from './recordDocumentRead'

const notFound = () => new Response('Not found', { status: 404, headers: privateHeaders })

/**
 * The current version of a library document for a member, read with the documents' and versions' own
 * access as that member (a document outside their audience is "not found"), and recorded as read. Never
 * cached. PDFs open in the browser; office files download.
 */
export const documentFileResponse = async (member: MemberAccount, id: number): Promise<Response> => {
  const payload = await getPayloadClient()
  const asMember = { user: member, overrideAccess: false as const }
  const document = await payload.findByID({
    collection: 'documents',
    id,
    depth: 0,
    select: { currentVersion: true },
    disableErrors: true,
    ...asMember,
  })
  const versionId = relationId(document?.currentVersion)
  if (!document || versionId === null) return notFound()
  const version = await payload.findByID({
    collection: 'document-versions',
    id: versionId,
    depth: 0,
    disableErrors: true,
    ...asMember,
  })
  if (!version?.filename) return notFound()
  let bytes: Buffer
  try {
    bytes = await readStoredFile(payload, 'document-versions', version, version.filename)
  } catch (error) {
    payload.logger.error({
      msg: 'Could not read a library document',
      version: version.id,
      err: (error as Error).message,
    })
    return new Response('The document is unavailable.', { status: 503, headers: privateHeaders })
  }
  await recordDocumentRead(payload, member, document.id, version.id)
  const mimeType = version.mimeType ?? 'application/octet-stream'
  const disposition = mimeType === 'application/pdf' ? 'inline' : 'attachment'
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...privateHeaders,
      'Content-Type': mimeType,
      'Content-Disposition': `${disposition}; filename="${version.filename.replace(/[^\w.-]/g, '_')}"`,
    },
  })
}
