import { createHash } from 'node:crypto'
import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withContextFlags } from '@/lib/requestContext/withContextFlags'
import type { ExclusionNotice } from '@/payload-types'
import { gatherNotice } from '../notice/gatherNotice'
import { noticeSignatureContext, signedNoticeStoredContext } from '../notice/noticeSignatureContext'
import { renderNoticePdf } from '../notice/renderNoticePdf'

/**
 * When a notice is first recorded as served: prints the served copy (with the drawn signature the serve
 * action passed in `req.context`, or "Refused to sign"), stores it as a signed document with the SHA-256 of
 * the exact bytes, links it from the notice, and audit-logs the service. Runs in the caller's transaction,
 * so the service, the signed copy and the audit entry are saved together or not at all.
 */
export const storeSignedNotice: CollectionAfterChangeHook<ExclusionNotice> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context[signedNoticeStoredContext]) return doc
  const servedNow =
    Boolean(doc.service?.servedAt) && !(operation === 'update' && previousDoc?.service?.servedAt)
  if (!servedNow || doc.service?.signedDocument) return doc
  const signature = req.context[noticeSignatureContext]
  const notice = await gatherNotice(
    req.payload,
    req,
    doc.id,
    signature instanceof Uint8Array ? signature : null,
  )
  if (!notice) {
    // A write by no account (a migration, an import's set-up, a fixture recording a paper service) has no
    // reader to print for: the service stands as recorded, without a printed copy. An account that served
    // the notice could read it (its update was access-checked), so for one this is a fault.
    if (!req.user) return doc
    throw new Error(`Exclusion notice ${doc.id} could not be read to print its served copy`)
  }
  const { bytes } = await renderNoticePdf(notice)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const name = `exclusion-notice-${doc.id}-served.pdf`
  const stored = await req.payload.create({
    collection: 'signed-documents',
    data: { kind: 'exclusion-notice', offender: notice.subject.profileId, sha256 },
    file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name, size: bytes.length },
    depth: 0,
    req,
    // Nobody may create signed documents: the system writes the signed copy from the checked record above.
    overrideAccess: true,
  })
  // The flag stops this hook running again on its own follow-up write, and only for that write.
  await withContextFlags(req, { [signedNoticeStoredContext]: true }, (context) =>
    req.payload.update({
      collection: 'exclusion-notices',
      id: doc.id,
      data: { service: { signedDocument: stored.id } },
      depth: 0,
      req,
      context,
      // signedDocument is written by no account: the system links the copy it has just stored.
      overrideAccess: true,
    }),
  )
  await recordAudit(req, {
    action: 'update',
    summary: `Exclusion notice ${doc.id} served`,
    entityCollection: 'exclusion-notices',
    entityId: doc.id,
    details: { signature: doc.service?.signature, signedDocument: stored.id, sha256 },
  })
  return { ...doc, service: { ...doc.service, signedDocument: stored.id } }
}
