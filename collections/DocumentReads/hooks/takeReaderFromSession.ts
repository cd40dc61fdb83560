import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { memberOf } from '@/access/accountOf'
import { relationId } from '@/access/relationId'

/**
 * The reader is the signed-in member, and the version must be one they may read and belong to the named
 * document (checked with the versions' own read access, as the member). A seed with no user keeps its data.
 */
export const takeReaderFromSession: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const member = memberOf(req)
  const firstOpenedAt = new Date().toISOString()
  if (!member) return { ...data, firstOpenedAt: data.firstOpenedAt ?? firstOpenedAt }
  const versionId = relationId(data.version)
  const version =
    versionId === null
      ? null
      : await req.payload.findByID({
          collection: 'document-versions',
          id: versionId,
          depth: 0,
          select: { document: true },
          disableErrors: true,
          req,
          overrideAccess: false,
        })
  if (!version || relationId(version.document) !== relationId(data.document)) {
    throw new APIError('That document is not in your library.', 404, null, true)
  }
  return { ...data, member: member.id, firstOpenedAt }
}
