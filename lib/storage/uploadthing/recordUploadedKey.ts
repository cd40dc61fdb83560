import type { FileData } from 'payload'
import { isRecord } from './isRecord'

/** What handleUpload hands back for the plugin to save on the document. */
export type UploadedKeyMetadata = Partial<Pick<FileData, 'sizes'>> & { _key?: string }

/**
 * Puts an uploaded file's UploadThing key where the document keeps it and returns what the plugin must save.
 *
 * The plugin calls handleUpload once per file (original and each image size) at the same time, with one shared
 * `data` object, and merges the results with a shallow spread. Returning `{ sizes: { thumbnail: … } }` from each
 * size upload would let the last one erase the others, so each size's key is written into the shared
 * `data.sizes` and every size upload returns that same object: once all uploads finish it holds every key.
 * (The plugin documents that adapters may echo `data` back; it strips `prefix` and `_objectKey` itself.)
 */
export const recordUploadedKey = ({
  data,
  filename,
  key,
}: {
  data: unknown
  filename: string
  key: string
}): UploadedKeyMetadata | undefined => {
  if (!isRecord(data)) return undefined
  if (data.filename === filename) return { _key: key }
  const sizes = data.sizes
  if (!isRecord(sizes)) return undefined
  for (const size of Object.values(sizes)) {
    if (isRecord(size) && size.filename === filename) {
      size._key = key
      return { sizes: sizes as FileData['sizes'] }
    }
  }
  // Neither the original nor one of its sizes: there is nowhere to keep the key, so the caller refuses it.
  return undefined
}
