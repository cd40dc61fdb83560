import type { PayloadRequest } from 'payload'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

/**
 * A statement lives as long as its report does in identifiable form: when the report is anonymised under
 * the retention rules or deleted, its statements go. Deletes the statement rows (no files) and returns
 * their ids and the ids of their signed PDFs, which the caller deletes last with deleteSignedDocuments
 * (a deleted file cannot be rolled back).
 */
export const removeStatementsOfIncident = async (req: PayloadRequest, incidentId: number) => {
  // The caller's own audit entry lists the statements; withAuditSkipped puts the flag back afterwards, so the
  // report's own deletion is still audit-logged (a bare `context: { skipAudit }` would stay set on `req`).
  const statements = await withAuditSkipped(req, (context) =>
    req.payload.delete({
      collection: 'witness-statements',
      where: { incident: { equals: incidentId } },
      depth: 0,
      context,
      overrideAccess: true, // retention and report deletion act for the scheme
      req,
    }),
  )
  const documents = await req.payload.find({
    collection: 'signed-documents',
    where: { and: [{ incident: { equals: incidentId } }, { kind: { equals: 'witness-statement' } }] },
    select: { kind: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // as above
    req,
  })
  return {
    statements: statements.docs.map((doc) => doc.id),
    signedDocuments: documents.docs.map((doc) => doc.id),
  }
}

/** Deletes signed PDFs by id, rows and stored files (Payload removes the file with the row). */
export const deleteSignedDocuments = async (req: PayloadRequest, ids: readonly number[]) => {
  if (!ids.length) return
  await withAuditSkipped(req, (context) =>
    req.payload.delete({
      collection: 'signed-documents',
      where: { id: { in: [...ids] } },
      depth: 0,
      context,
      overrideAccess: true, // nobody may delete signed documents but scheme managers; retention acts for them
      req,
    }),
  )
}
