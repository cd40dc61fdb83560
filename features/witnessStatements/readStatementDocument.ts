import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { auditRequestFor } from '@/lib/audit/auditRequestFor'
import { recordAudit } from '@/lib/audit/recordAudit'
import { readStoredFile } from '@/lib/uploads/readStoredFile'

/**
 * The signed PDF of a statement, when the account may read both the statement and its signed document
 * (each collection's own read access), else null. Every download is audit-logged.
 */
export const readStatementDocument = async (payload: Payload, account: Account, statementId: number) => {
  const statement = await payload.findByID({
    collection: 'witness-statements',
    id: statementId,
    select: { signedDocument: true },
    depth: 0,
    disableErrors: true,
    user: account,
    overrideAccess: false,
  })
  const documentId = relationId(statement?.signedDocument)
  if (!statement || documentId === null) return null
  const document = await payload.findByID({
    collection: 'signed-documents',
    id: documentId,
    select: { filename: true, sha256: true },
    depth: 0,
    disableErrors: true,
    user: account,
    overrideAccess: false,
  })
  if (!document?.filename) return null
  const bytes = await readStoredFile(payload, 'signed-documents', document, document.filename)
  await recordAudit(await auditRequestFor(account), {
    action: 'view',
    summary: `Downloaded signed witness statement #${statementId}`,
    entityCollection: 'witness-statements',
    entityId: statementId,
    details: { event: 'download', signedDocument: documentId, sha256: document.sha256 },
  })
  return { bytes, filename: document.filename }
}
