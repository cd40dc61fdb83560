import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { relationId } from '@/access/relationId'

/**
 * The acceptor and their business come from the session. The version must be the current version of a
 * document that asks for acceptance, read with the documents' own access as the manager: an old version,
 * or a document they cannot see, is refused. A seed with no user keeps its data.
 */
export const takeAcceptorFromSession: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const manager = memberWithRole(req, 'business-manager')
  const acceptedAt = new Date().toISOString()
  if (!manager) return { ...data, acceptedAt: data.acceptedAt ?? acceptedAt }
  const documentId = relationId(data.document)
  const document =
    documentId === null
      ? null
      : await req.payload.findByID({
          collection: 'documents',
          id: documentId,
          depth: 0,
          select: { acceptOnJoining: true, currentVersion: true },
          disableErrors: true,
          req,
          overrideAccess: false,
        })
  if (!document?.acceptOnJoining)
    throw new APIError('That document does not ask for acceptance.', 400, null, true)
  if (relationId(document.currentVersion) !== relationId(data.version)) {
    throw new APIError('A newer version of this document is out: accept that one.', 409, null, true)
  }
  return { ...data, member: manager.id, business: businessOf(manager), acceptedAt }
}
