import 'server-only'
import { uploadthingToken } from '@/lib/env/uploadthingToken'
import { createUTApiGetter } from '@/lib/storage/uploadthing/createUTApiGetter'
import type { Evidence } from '@/payload-types'

/**
 * After a rolled-back report, deletes the UploadThing files its photos were given: the rows are gone, so
 * nothing else would ever point at them. With no token the files were on local disk (removeStoredFiles).
 */
export const removeUploadedFiles = async (docs: Pick<Evidence, '_key' | 'sizes'>[]) => {
  const token = uploadthingToken()
  if (!token) return
  const keys = docs
    .flatMap((doc) => [doc._key, ...Object.values(doc.sizes ?? {}).map((size) => size?._key)])
    .filter((key): key is string => Boolean(key))
  if (keys.length) await createUTApiGetter(token)().deleteFiles(keys)
}
