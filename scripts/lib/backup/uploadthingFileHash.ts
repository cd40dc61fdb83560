import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { UTApi } from 'uploadthing/server'

/**
 * The SHA-256 and size of a file kept on UploadThing, fetched through a short-lived signed URL (the files
 * are private). Throws when the file cannot be fetched.
 */
export const uploadthingFileHash = async (
  utapi: UTApi,
  key: string,
): Promise<{ sha256: string; bytes: number }> => {
  const { ufsUrl } = await utapi.generateSignedURL(key, { expiresIn: 300 })
  const response = await fetch(ufsUrl, { cache: 'no-store' })
  if (!response.ok || !response.body) {
    await response.body?.cancel()
    throw new Error(`UploadThing answered ${response.status} for file key ${key}`)
  }
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), bytes }
}
