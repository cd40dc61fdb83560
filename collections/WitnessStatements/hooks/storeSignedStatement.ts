import { createHash } from 'node:crypto'
import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import { readPdfBranding } from '@/lib/pdf/readPdfBranding'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { renderStatementPdf } from '../pdf/renderStatementPdf'
import { linkingContextKey, signatureOf } from '../statementContext'

/**
 * When the reporter signs, the statement becomes a document: the MG11 PDF is printed with their signature
 * on every page, stored in signed-documents with the SHA-256 of its exact bytes, linked here, and the
 * signing audit-logged, all in the signing request's transaction. The signature itself is not kept apart
 * from the PDF (it came through `req.context`).
 */
export const storeSignedStatement: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.status !== 'signed' || previousDoc?.status === 'signed') return doc
  const signature = signatureOf(req.context)
  // guardStatementStatus refuses to sign without one; this is only the type's narrowing.
  if (!signature) throw new Error('A statement was signed without a signature')
  const incidentId = relationId(doc.incident) as number
  const incident = await req.payload.findByID({
    collection: 'incidents',
    id: incidentId,
    select: { police: { crimeReference: true } },
    depth: 0,
    overrideAccess: true, // the system printing the statement; the crime reference is police's field
    req,
  })
  const settings = await readSchemeSettings(req.payload, req)
  const { bytes } = await renderStatementPdf(
    {
      statementId: doc.id,
      incidentId,
      urn: incident.police?.crimeReference ?? null,
      witnessName: doc.witnessName,
      over18: Boolean(doc.over18),
      occupation: doc.occupation,
      body: doc.body,
      signedAt: doc.signedAt,
      signaturePng: signature,
    },
    await readPdfBranding(req.payload, settings),
  )
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const stored = await req.payload.create({
    collection: 'signed-documents',
    data: { kind: 'witness-statement', incident: incidentId, sha256 },
    file: {
      data: Buffer.from(bytes),
      mimetype: 'application/pdf',
      name: `witness-statement-${doc.id}.pdf`,
      size: bytes.length,
    },
    depth: 0,
    overrideAccess: true, // nobody may create signed documents through the API: only this hook writes them
    req,
  })
  // Audited below with a clearer entry; withAuditSkipped keeps the flag from silencing later changes.
  await withAuditSkipped(
    req,
    (context) =>
      req.payload.update({
        collection: 'witness-statements',
        id: doc.id,
        data: { signedDocument: stored.id },
        depth: 0,
        context,
        overrideAccess: true, // the system linking the document it just stored (the field is closed to everyone)
        req,
      }),
    { [linkingContextKey]: true },
  )
  await recordAudit(req, {
    action: 'update',
    summary: `Witness statement #${doc.id} signed for report #${incidentId}`,
    entityCollection: 'witness-statements',
    entityId: doc.id,
    details: { event: 'sign', signedDocument: stored.id, sha256 },
  })
  return { ...doc, signedDocument: stored.id }
}
