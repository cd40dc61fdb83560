import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import type { SignedDocument } from '@/payload-types'

/**
 * The signed documents (witness statements and the like) of these reports that the exporter may read
 * (signed documents' own read access; a reader with none gets none, not an error).
 */
export const readSignedDocumentsOf = async (
  payload: Payload,
  viewer: Account,
  incidentIds: readonly number[],
): Promise<SignedDocument[]> => {
  const { docs } = await payload.find({
    collection: 'signed-documents',
    where: { incident: { in: [...incidentIds] } },
    sort: 'createdAt',
    select: { kind: true, incident: true, sha256: true, filename: true, mimeType: true, createdAt: true },
    depth: 0,
    limit: 0,
    pagination: false,
    disableErrors: true,
    user: viewer,
    overrideAccess: false,
  })
  return docs as SignedDocument[]
}
