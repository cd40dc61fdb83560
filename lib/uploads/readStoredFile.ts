import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type CollectionSlug, createLocalReq, type Payload, type TypeWithID } from 'payload'
import { storageDir } from './storageDir'

/**
 * The stored bytes of one upload (or one of its sizes), wherever it is stored: through the collection's
 * storage handler (UploadThing) when one is configured, else from local disk. Callers must have checked
 * access first: this reads by name and knows nothing of who is asking.
 */
export const readStoredFile = async (
  payload: Payload,
  collection: CollectionSlug,
  doc: TypeWithID,
  filename: string,
): Promise<Buffer> => {
  const handlers = payload.collections[collection].config.upload?.handlers ?? []
  if (handlers.length) {
    const req = await createLocalReq({}, payload)
    for (const handler of handlers) {
      const response = await handler(req, { doc, params: { collection, filename } })
      if (response instanceof Response) {
        if (!response.ok) throw new Error(`The file store answered ${response.status}`)
        return Buffer.from(await response.arrayBuffer())
      }
    }
  }
  return readFile(path.join(storageDir, collection, path.basename(filename)))
}
