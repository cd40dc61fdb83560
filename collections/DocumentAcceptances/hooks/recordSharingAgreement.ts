import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'

/**
 * Accepting the information-sharing agreement is the business signing it: the business record's
 * agreement date and signatory follow the latest acceptance.
 */
export const recordSharingAgreement: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const businessId = relationId(doc.business)
  const documentId = relationId(doc.document)
  const memberId = relationId(doc.member)
  if (businessId === null || documentId === null || memberId === null) return doc
  const document = await req.payload.findByID({
    collection: 'documents',
    id: documentId,
    depth: 0,
    select: { kind: true },
    req,
    overrideAccess: true, // the acceptance was already checked against the document as the manager
  })
  if (document.kind !== 'sharing-agreement') return doc
  const member = await req.payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    select: { name: true },
    req,
    overrideAccess: true, // the acceptor's own name, for the business record
  })
  await req.payload.update({
    collection: 'businesses',
    id: businessId,
    data: { agreement: { signedAt: doc.acceptedAt, signedBy: member.name } },
    depth: 0,
    req,
    overrideAccess: true, // the agreement fields are staff-only; the manager signs through this acceptance
  })
  return doc
}
