import type { CollectionAfterDeleteHook } from 'payload'
import { relationId } from '@/access/relationId'
import type { ExclusionNotice } from '@/payload-types'

/**
 * A deleted notice takes its signed copy with it (row and file): the PDF carries the person's name, photo
 * and signature, so it must not outlive the notice under retention or a staff deletion.
 */
export const removeSignedCopy: CollectionAfterDeleteHook<ExclusionNotice> = async ({ doc, req }) => {
  const signedDocument = relationId(doc.service?.signedDocument)
  if (!signedDocument) return doc
  await req.payload.delete({
    collection: 'signed-documents',
    id: signedDocument,
    depth: 0,
    // Nobody deletes signed copies through the API but scheme staff; the notice's deletion was checked.
    overrideAccess: true,
    req,
  })
  return doc
}
