import { isRecord } from './isRecord'

export interface StoredFile {
  /** The UploadThing key, when the file was stored there. */
  key?: string
  mimeType?: string
}

const toStoredFile = (entry: Record<string, unknown>): StoredFile => ({
  ...(typeof entry._key === 'string' && entry._key ? { key: entry._key } : {}),
  ...(typeof entry.mimeType === 'string' && entry.mimeType ? { mimeType: entry.mimeType } : {}),
})

/**
 * One of a document's files by filename: the original, or the image size with that filename (Payload fetches
 * and deletes sizes by their own filenames, e.g. `x-320x320.webp`). Undefined when the filename is not there.
 */
export const findStoredFile = (doc: unknown, filename: string): StoredFile | undefined => {
  if (!isRecord(doc)) return undefined
  if (doc.filename === filename) return toStoredFile(doc)
  if (!isRecord(doc.sizes)) return undefined
  for (const size of Object.values(doc.sizes)) {
    if (isRecord(size) && size.filename === filename) return toStoredFile(size)
  }
  return undefined
}
