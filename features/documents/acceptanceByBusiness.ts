import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'

export type AcceptanceRow = { id: number; name: string; acceptedAt: string | null; acceptedBy: string | null }

/**
 * For a document asking for acceptance: each active member business and whether (when, by whom) it has
 * accepted the current version. Three queries through the collections' own read access as the staff member.
 */
export const acceptanceByBusiness = async (payload: Payload, staff: StaffAccount, documentId: number) => {
  const asStaff = { user: staff, overrideAccess: false as const }
  const document = await payload.findByID({
    collection: 'documents',
    id: documentId,
    depth: 0,
    select: { currentVersion: true },
    disableErrors: true,
    ...asStaff,
  })
  const versionId = relationId(document?.currentVersion)
  if (!document || versionId === null) return null
  const [businesses, acceptances] = await Promise.all([
    payload.find({
      collection: 'businesses',
      where: { membershipStatus: { equals: 'active' } },
      sort: 'name',
      limit: 500,
      depth: 0,
      select: { name: true },
      ...asStaff,
    }),
    payload.find({
      collection: 'document-acceptances',
      where: { version: { equals: versionId } },
      pagination: false,
      depth: 1,
      select: { business: true, member: true, acceptedAt: true },
      populate: { members: { name: true } },
      ...asStaff,
    }),
  ])
  const byBusiness = new Map(
    acceptances.docs.map((acceptance) => [relationId(acceptance.business), acceptance]),
  )
  const rows: AcceptanceRow[] = businesses.docs.map((business) => {
    const acceptance = byBusiness.get(business.id)
    const member = acceptance?.member
    return {
      id: business.id,
      name: business.name,
      acceptedAt: acceptance?.acceptedAt ?? null,
      acceptedBy: typeof member === 'object' && member ? member.name : null,
    }
  })
  return { rows, accepted: rows.filter((row) => row.acceptedAt).length }
}
