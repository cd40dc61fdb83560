import 'server-only'
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { readStoredFile } from '@/lib/uploads/readStoredFile'
import type { PackStatement } from './types'

/**
 * A report's signed witness statements as the viewer may read them (the statements' and signed documents'
 * own read access), each with its stored PDF, so the pack can list them and print their pages. The
 * fingerprint recorded at signing is checked against the file now.
 */
export const gatherPackStatements = async (
  payload: Payload,
  viewer: Account,
  incidentId: number,
): Promise<PackStatement[]> => {
  const found = await payload.find({
    collection: 'witness-statements',
    where: { and: [{ incident: { equals: incidentId } }, { status: { equals: 'signed' } }] },
    sort: 'signedAt',
    limit: 20,
    depth: 0,
    select: { witnessName: true, signedAt: true, signedDocument: true },
    user: viewer,
    overrideAccess: false,
  })
  const statements: PackStatement[] = []
  for (const statement of found.docs) {
    const documentId = relationId(statement.signedDocument)
    if (documentId === null) continue
    const document = await payload.findByID({
      collection: 'signed-documents',
      id: documentId,
      select: { filename: true, sha256: true },
      depth: 0,
      disableErrors: true,
      user: viewer,
      overrideAccess: false,
    })
    if (!document?.filename) continue
    const pdf = await readStoredFile(payload, 'signed-documents', document, document.filename)
    statements.push({
      id: statement.id,
      witnessName: statement.witnessName ?? 'The witness',
      signedAt: statement.signedAt ?? '',
      sha256: document.sha256,
      matchesStored: createHash('sha256').update(pdf).digest('hex') === document.sha256,
      pdf: new Uint8Array(pdf),
    })
  }
  return statements
}
