import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import type { ExclusionNotice } from '@/payload-types'

/**
 * When a notice moves to another profile (a merge of two profiles), its signed copy moves too: the copy's
 * readers follow its profile (collections/SignedDocuments/access/noticeDocuments.ts), and a copy left on the
 * merged-away profile would be unreadable to police and orphaned when that profile is deleted.
 */
export const moveSignedCopyWithNotice: CollectionAfterChangeHook<ExclusionNotice> = async ({
  data,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const offender = relationId(data.offender ?? previousDoc?.offender)
  const signedDocument = relationId(doc.service?.signedDocument ?? previousDoc?.service?.signedDocument)
  if (!offender || !signedDocument || offender === relationId(previousDoc?.offender)) return doc
  await req.payload.update({
    collection: 'signed-documents',
    id: signedDocument,
    data: { offender },
    depth: 0,
    // Signed copies are written by no account: the system keeps the copy with the notice it just moved.
    overrideAccess: true,
    req,
  })
  return doc
}
