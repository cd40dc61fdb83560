import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { businessOf } from '@/access/member'
import { relationId } from '@/access/relationId'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

export type PendingAcceptance = { id: number; title: string; versionId: number; versionLabel: string }

/**
 * The documents a business manager's business has still to accept: each document asking for acceptance
 * whose current version the business has not accepted. Empty for every other role. Three queries.
 */
export const pendingAcceptances = async (member: MemberAccount): Promise<PendingAcceptance[]> => {
  if (member.role !== 'business-manager' || businessOf(member) === null) return []
  const payload = await getPayloadClient()
  const asMember = { user: member, overrideAccess: false as const }
  const { docs } = await payload.find({
    collection: 'documents',
    where: { acceptOnJoining: { equals: true } },
    sort: 'title',
    limit: 20,
    depth: 0,
    select: { title: true, currentVersion: true },
    ...asMember,
  })
  const versionIds = docs.map((document) => relationId(document.currentVersion)).filter((id) => id !== null)
  if (!versionIds.length) return []
  const [versions, accepted] = await Promise.all([
    payload.find({
      collection: 'document-versions',
      where: { id: { in: versionIds } },
      pagination: false,
      depth: 0,
      select: { versionLabel: true },
      ...asMember,
    }),
    payload.find({
      collection: 'document-acceptances',
      where: { version: { in: versionIds } },
      pagination: false,
      depth: 0,
      select: { version: true },
      ...asMember,
    }),
  ])
  const acceptedVersions = new Set(accepted.docs.map((acceptance) => relationId(acceptance.version)))
  const labelOf = new Map(versions.docs.map((version) => [version.id, version.versionLabel]))
  return docs.flatMap((document) => {
    const versionId = relationId(document.currentVersion)
    if (versionId === null || acceptedVersions.has(versionId) || !labelOf.has(versionId)) return []
    return [{ id: document.id, title: document.title, versionId, versionLabel: labelOf.get(versionId) ?? '' }]
  })
}
