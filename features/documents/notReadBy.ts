import 'server-only'
import type { Payload, Where } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { rolesInAudiences } from '@/collections/Documents/documentAudiences'

export type NotReadRow = { id: number; name: string; role: string; business: string | null }

/**
 * Who in a document's audience has not opened its current version: active accounts whose role the audience
 * reaches, minus the version's read receipts. Three queries through the collections' own read access as
 * the staff member (no query per member); the list is capped, the counts are exact.
 */
export const notReadBy = async (payload: Payload, staff: StaffAccount, documentId: number, limit = 200) => {
  const asStaff = { user: staff, overrideAccess: false as const }
  const document = await payload.findByID({
    collection: 'documents',
    id: documentId,
    depth: 0,
    select: { audience: true, currentVersion: true },
    disableErrors: true,
    ...asStaff,
  })
  const versionId = relationId(document?.currentVersion)
  if (!document || versionId === null) return null
  const readers = await payload.find({
    collection: 'document-reads',
    where: { version: { equals: versionId } },
    pagination: false,
    depth: 0,
    select: { member: true },
    ...asStaff,
  })
  const readerIds = readers.docs.map((read) => relationId(read.member)).filter((id) => id !== null)
  const inAudience: Where = {
    and: [
      { role: { in: rolesInAudiences(document.audience ?? []) } },
      { accountStatus: { equals: 'active' } },
    ],
  }
  const [audience, unread] = await Promise.all([
    payload.count({ collection: 'members', where: inAudience, ...asStaff }),
    payload.find({
      collection: 'members',
      where: readerIds.length ? { and: [inAudience, { id: { not_in: readerIds } }] } : inAudience,
      sort: 'name',
      limit,
      depth: 1,
      select: { name: true, role: true, business: true },
      populate: { businesses: { name: true } },
      ...asStaff,
    }),
  ])
  const rows: NotReadRow[] = unread.docs.map((member) => ({
    id: member.id,
    name: member.name,
    role: member.role,
    business: typeof member.business === 'object' && member.business ? member.business.name : null,
  }))
  return { audience: audience.totalDocs, notRead: unread.totalDocs, rows }
}
