import type { Adapter } from '@payloadcms/plugin-cloud-storage/types'
import { createUTApiGetter } from './createUTApiGetter'
import { createGenerateFileRouteURL } from './generateFileRouteURL'
import { createHandleDelete } from './handleDelete'
import { createHandleUpload } from './handleUpload'
import { uploadthingKeyField } from './keyField'
import { parseUploadthingToken } from './parseUploadthingToken'
import { createStaticHandler } from './staticHandler'
import type { UploadthingAdapterOptions } from './types'

/**
 * A `@payloadcms/plugin-cloud-storage` adapter that keeps upload files on UploadThing (UTApi, uploadthing v7).
 * Ours because `@payloadcms/storage-uploadthing` stops at Payload 3.84 (docs/file-storage.md).
 *
 * Files are uploaded with the `private` ACL by default and are only served through Payload's access-checked
 * file route; see staticHandler.ts. Each file's UploadThing key is kept on its document (keyField.ts).
 */
export const uploadthingAdapter = ({
  token,
  acl = 'private',
  endpoints,
  signedUrlTtlSeconds = 60,
  apiRoute = '/api',
}: UploadthingAdapterOptions): Adapter => {
  // One client for every collection, built on first use (never when the plugin is disabled).
  const getUTApi = createUTApiGetter(token, endpoints)
  const generateURL = createGenerateFileRouteURL(apiRoute)

  return ({ collection }) => ({
    name: 'ntars-uploadthing',
    fields: [uploadthingKeyField],
    // Runs only when the plugin is enabled: a malformed token stops start-up instead of the first upload.
    onInit: () => {
      parseUploadthingToken(token)
    },
    generateURL,
    handleUpload: createHandleUpload({ getUTApi, acl }),
    handleDelete: createHandleDelete({ getUTApi }),
    staticHandler: createStaticHandler({ collection, getUTApi, signedUrlTtlSeconds }),
  })
}
