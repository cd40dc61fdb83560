import type { HandleDelete } from '@payloadcms/plugin-cloud-storage/types'
import type { UTApi } from 'uploadthing/server'
import { describeError } from './describeError'
import { findStoredFile } from './findStoredFile'

/**
 * Deletes one stored file (the original or one image size), found by the key kept on the document.
 *
 * A failure throws: when a file is replaced the plugin runs this inside the update, which then rolls back;
 * on document deletion the plugin logs the error (the document is gone either way), and our own log line
 * names the key so the orphaned file can be removed by hand. Evidence retention depends on deletes working.
 */
export const createHandleDelete =
  ({ getUTApi }: { getUTApi: () => UTApi }): HandleDelete =>
  async ({ collection, doc, filename, req }) => {
    const key = findStoredFile(doc, filename)?.key
    const context = { collection: collection.slug, id: doc.id, filename }
    if (!key) {
      // Files stored before UploadThing was switched on live on local disk and have no key here.
      req.payload.logger.warn({ msg: 'No UploadThing key on the document; nothing to delete', ...context })
      return
    }
    try {
      await getUTApi().deleteFiles(key)
    } catch (error) {
      req.payload.logger.error({
        msg: 'UploadThing did not delete the file',
        ...context,
        key,
        error: describeError(error),
      })
      throw new Error(`UploadThing did not delete ${collection.slug} file ${filename} (key ${key}).`)
    }
  }
