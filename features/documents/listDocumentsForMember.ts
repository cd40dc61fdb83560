import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { memberDocumentSelect } from './memberDocumentSelect'
import { type ReadStatus, readStatusOf } from './readStatusOf'

/**
 * The member's library: documents published to their audience with each one's current version and whether
 * they have read it. Required documents they have not read come first, then other required ones, then the
 * rest by title. Three queries whatever the number of documents.
 */
export const listDocumentsForMember = async (member: MemberAccount) => {
  const payload = await getPayloadClient()
  const asMember = { user: member, overrideAccess: false as const }
  const { docs } = await payload.find({
    collection: 'documents',
    sort: 'title',
    limit: 200,
    depth: 0,
    select: memberDocumentSelect,
    ...asMember,
  })
  if (!docs.length) return []
  const ids = docs.map((document) => document.id)
  const versionIds = docs.map((document) => relationId(document.currentVersion)).filter((id) => id !== null)
  const [versions, reads] = await Promise.all([
    payload.find({
      collection: 'document-versions',
      where: { id: { in: versionIds } },
      limit: versionIds.length || 1,
      pagination: false,
      depth: 0,
      select: { versionLabel: true, publishedAt: true },
      ...asMember,
    }),
    payload.find({
      collection: 'document-reads',
      where: { document: { in: ids } },
      pagination: false,
      depth: 0,
      select: { document: true, version: true },
      ...asMember,
    }),
  ])
  const versionById = new Map(versions.docs.map((version) => [version.id, version]))
  const rank = (row: { required?: boolean | null; status: ReadStatus }) =>
    (row.required ? 0 : 2) + (row.status === 'read' ? 1 : 0)
  return docs
    .map((document) => ({
      ...document,
      version: versionById.get(relationId(document.currentVersion) ?? -1) ?? null,
      status: readStatusOf(document, reads.docs),
    }))
    .filter((row) => row.version !== null)
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
}
