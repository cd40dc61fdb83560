import type { PayloadRequest } from 'payload'

/**
 * Deletes evidence rows and, through Payload's upload handling, their stored files (local disk or
 * UploadThing) with every resized copy. Called last in a transaction: files cannot be rolled back.
 */
export const deleteEvidenceFiles = async (req: PayloadRequest, evidenceIds: number[]): Promise<number> => {
  if (!evidenceIds.length) return 0
  const result = await req.payload.delete({
    collection: 'evidence',
    where: { id: { in: evidenceIds } },
    depth: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  if (result.errors.length) {
    throw new Error(`Could not delete evidence ${result.errors.map((error) => error.id).join(', ')}`)
  }
  return result.docs.length
}
