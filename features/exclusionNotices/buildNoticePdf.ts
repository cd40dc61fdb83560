import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { gatherNotice } from '@/collections/ExclusionNotices/notice/gatherNotice'
import { renderNoticePdf } from '@/collections/ExclusionNotices/notice/renderNoticePdf'
import { recordAudit } from '@/lib/audit/recordAudit'
import { fileSlugOf } from '@/lib/text/fileSlugOf'
import { readSignedNoticeCopy } from './readSignedNoticeCopy'

export type BuiltNoticePdf = { bytes: Uint8Array; filename: string; signedCopy: boolean }

/**
 * A notice as a PDF for its reader, or null when they may not read it: the stored signed copy once the
 * notice is served (the document of record, byte for byte), else the notice printed now for serving.
 * Every download is audit-logged by notice id, never by the person's name.
 */
export const buildNoticePdf = async (
  payload: Payload,
  viewer: Account,
  id: number,
  headers?: Headers,
): Promise<BuiltNoticePdf | null> => {
  const req = await createLocalReq({ user: viewer, req: headers ? { headers } : {} }, payload)
  const notice = await payload.findByID({
    collection: 'exclusion-notices',
    id,
    depth: 0,
    select: { service: { signedDocument: true } },
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  if (!notice) return null
  const signedDocumentId = relationId(notice.service?.signedDocument)
  const signed = signedDocumentId ? await readSignedNoticeCopy(payload, req, signedDocumentId) : null
  // A served notice is its signed copy: when that cannot be read, nothing is printed in its place.
  if (signedDocumentId && !signed) return null
  let built: BuiltNoticePdf
  if (signed) built = { bytes: signed.bytes, filename: signed.filename, signedCopy: true }
  else {
    const gathered = await gatherNotice(payload, req, id)
    if (!gathered) return null
    const { bytes } = await renderNoticePdf(gathered)
    built = {
      bytes,
      filename: `${fileSlugOf(gathered.scheme.schemeName)}-${gathered.stage}-notice-${id}.pdf`,
      signedCopy: false,
    }
  }
  await recordAudit(req, {
    action: 'export',
    summary: `Exclusion notice ${id} downloaded${built.signedCopy ? ' (signed copy)' : ''}`,
    entityCollection: 'exclusion-notices',
    entityId: id,
    details: { signedDocument: signedDocumentId },
  })
  return built
}
