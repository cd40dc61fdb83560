import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { memberDocumentSelect } from './memberDocumentSelect'
import { readStatusOf } from './readStatusOf'

/** One document in the member's library with its current version and their read status, or null. */
export const getDocumentForMember = async (member: MemberAccount, id: number) => {
  const payload = await getPayloadClient()
  const asMember = { user: member, overrideAccess: false as const }
  const document = await payload.findByID({
    collection: 'documents',
    id,
    depth: 0,
    select: memberDocumentSelect,
    disableErrors: true,
    ...asMember,
  })
  const versionId = relationId(document?.currentVersion)
  if (!document || versionId === null) return null
  const [version, reads] = await Promise.all([
    payload.findByID({
      collection: 'document-versions',
      id: versionId,
      depth: 0,
      select: {
        versionLabel: true,
        publishedAt: true,
        changeNote: true,
        filename: true,
        mimeType: true,
        filesize: true,
      },
      disableErrors: true,
      ...asMember,
    }),
    payload.find({
      collection: 'document-reads',
      where: { document: { equals: document.id } },
      limit: 50,
      depth: 0,
      select: { document: true, version: true },
      ...asMember,
    }),
  ])
  if (!version) return null
  return { document, version, status: readStatusOf(document, reads.docs) }
}
