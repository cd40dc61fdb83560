import type { HandleUpload } from '@payloadcms/plugin-cloud-storage/types'
import { APIError } from 'payload'
import { type UTApi, UTFile } from 'uploadthing/server'
import type { UploadFileResult } from 'uploadthing/types'
import { describeError } from './describeError'
import { readUploadBytes } from './readUploadBytes'
import { recordUploadedKey } from './recordUploadedKey'
import type { UploadthingACL } from './types'

/**
 * Uploads one file (the original or one image size) and records the key UploadThing gave it.
 *
 * It throws when UploadThing refuses: the plugin runs this in `afterChange`, inside the create/update
 * transaction, so the throw rolls the document back and the caller sees an error, instead of Payload keeping
 * a document that points at no file. UTApi.uploadFiles reports failure in its result rather than throwing.
 */
export const createHandleUpload =
  ({ getUTApi, acl }: { getUTApi: () => UTApi; acl: UploadthingACL }): HandleUpload =>
  async ({ collection, data, file, req }) => {
    const context = { collection: collection.slug, filename: file.filename }
    const refuse = (detail: Record<string, unknown>): never => {
      req.payload.logger.error({ msg: 'UploadThing did not store the file', ...context, ...detail })
      throw new APIError(
        'The file could not be stored. Nothing was saved; please try again.',
        502,
        null,
        true,
      )
    }

    let result: UploadFileResult | undefined
    try {
      const bytes = await readUploadBytes(file)
      const upload = new UTFile([bytes], file.filename, { type: file.mimeType })
      result = await getUTApi().uploadFiles(upload, { acl, contentDisposition: 'inline' })
    } catch (error) {
      refuse({ error: describeError(error) })
    }
    if (!result?.data) return refuse({ error: describeError(result?.error ?? 'no result') })

    const metadata = recordUploadedKey({ data, filename: file.filename, key: result.data.key })
    if (!metadata) {
      return refuse({
        key: result.data.key,
        error: { message: 'no original or image size has this filename' },
      })
    }
    return metadata
  }
