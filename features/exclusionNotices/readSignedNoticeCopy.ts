import 'server-only'
import type { Payload, PayloadRequest } from 'payload'
import { readStoredFile } from '@/lib/uploads/readStoredFile'

/**
 * The stored signed copy of a served notice, read with the caller's access to signed documents: its bytes
 * exactly as kept (their SHA-256 is on the record) and its file name. Null when the caller may not read it.
 */
export const readSignedNoticeCopy = async (
  payload: Payload,
  req: PayloadRequest,
  signedDocumentId: number,
) => {
  const copy = await payload.findByID({
    collection: 'signed-documents',
    id: signedDocumentId,
    depth: 0,
    select: { filename: true, sha256: true },
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  if (!copy?.filename) return null
  const bytes = await readStoredFile(payload, 'signed-documents', copy, copy.filename)
  return { bytes: new Uint8Array(bytes), filename: copy.filename, sha256: copy.sha256 }
}
