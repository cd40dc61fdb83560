import type { CollectionConfig, CollectionSlug, PayloadRequest, TypeWithID, Where } from 'payload'

/**
 * The document a requested filename belongs to, as its original or as one of its image sizes. Payload only
 * passes the document to the file handler when read access is a query; when access is simply `true` (public
 * media, or staff reading evidence) the handler has to look it up to learn the file's UploadThing key.
 * The caller has already passed Payload's access check for this filename, so this read skips access.
 */
export const findFileDoc = async ({
  collection,
  filename,
  req,
}: {
  collection: CollectionConfig
  filename: string
  req: PayloadRequest
}): Promise<(TypeWithID & Record<string, unknown>) | null> => {
  const imageSizes = typeof collection.upload === 'object' ? (collection.upload.imageSizes ?? []) : []
  const where: Where = {
    or: [
      { filename: { equals: filename } },
      ...imageSizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
    ],
  }
  return req.payload.db.findOne<TypeWithID & Record<string, unknown>>({
    collection: collection.slug as CollectionSlug,
    where,
    req,
  })
}
