import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import type { CollectionOptions } from '@payloadcms/plugin-cloud-storage/types'
import type { Plugin, UploadCollectionSlug } from 'payload'
import type { UploadthingAdapterOptions } from './types'
import { uploadthingAdapter } from './uploadthingAdapter'

export interface UploadthingStorageOptions extends Omit<UploadthingAdapterOptions, 'token'> {
  /** `uploadthingToken()` (lib/env). Unset or empty: files stay on local disk (the plugin is disabled). */
  token: string | undefined
  /** The upload collections whose files go to UploadThing. */
  collections: UploadCollectionSlug[]
}

/**
 * The Payload plugin that moves the given collections' files to UploadThing when a token is set.
 *
 * `alwaysInsertFields` adds the storage fields (`_key`, the plugin's `prefix` and `_objectKey`) with or without
 * a token, so development (local disk) and production (UploadThing) share one schema and one set of
 * migrations. `prefix: ''` is what makes the plugin add the `prefix` column when enabled too, while leaving
 * file URLs without a `?prefix=` query; UploadThing keys are flat, so a folder prefix would mean nothing.
 */
export const uploadthingStorage = ({
  token,
  collections,
  ...adapterOptions
}: UploadthingStorageOptions): Plugin => {
  const adapter = uploadthingAdapter({ ...adapterOptions, token: token ?? '' })
  const options: CollectionOptions = { adapter, disableLocalStorage: true, prefix: '' }
  return cloudStoragePlugin({
    enabled: Boolean(token),
    alwaysInsertFields: true,
    collections: Object.fromEntries(collections.map((slug) => [slug, options])),
  })
}
