import { readFile } from 'node:fs/promises'
import type { File as PayloadFile } from '@payloadcms/plugin-cloud-storage/types'

/**
 * The bytes of an upload as a plain Uint8Array (a copy, so it types as a BlobPart). With Payload's
 * `useTempFiles` the buffer is empty and the bytes sit in a temporary file instead.
 */
export const readUploadBytes = async (file: PayloadFile): Promise<Uint8Array<ArrayBuffer>> => {
  const source =
    file.buffer.length === 0 && file.tempFilePath ? await readFile(file.tempFilePath) : file.buffer
  return new Uint8Array(source)
}
