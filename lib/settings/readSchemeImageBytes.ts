import type { Payload } from 'payload'
import { readStoredFile } from '@/lib/uploads/readStoredFile'
import type { SchemeImage } from './schemeImageOf'

/**
 * The stored bytes of the scheme's logo or icon (public media), or null when the file cannot be read: a
 * missing logo must not stop a PDF or an icon, which then fall back to having none or the built-in one.
 */
export const readSchemeImageBytes = async (payload: Payload, image: SchemeImage): Promise<Buffer | null> => {
  try {
    return await readStoredFile(payload, 'media', { id: image.id }, image.filename)
  } catch (error) {
    payload.logger.warn({ msg: 'Scheme image unreadable', media: image.id, error: (error as Error).message })
    return null
  }
}
