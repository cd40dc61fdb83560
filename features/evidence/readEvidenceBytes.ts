import type { Payload, TypeWithID } from 'payload'
import { readStoredFile } from '@/lib/uploads/readStoredFile'

/**
 * The stored bytes of one evidence file (or one of its sizes), wherever it is stored. Callers must have
 * checked access first: this reads by name and knows nothing of who is asking.
 */
export const readEvidenceBytes = (payload: Payload, doc: TypeWithID, filename: string): Promise<Buffer> =>
  readStoredFile(payload, 'evidence', doc, filename)
