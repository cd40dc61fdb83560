import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'

/**
 * Records the first time this member opens this version; later opens change nothing. The receipt is
 * written as the member (the collection takes the reader from the session). Two opens at once may both try
 * to create it: the unique index keeps one, and the loser's refusal is not an error for the reader.
 */
export const recordDocumentRead = async (
  payload: Payload,
  member: MemberAccount,
  document: number,
  version: number,
): Promise<void> => {
  const asMember = { user: member, overrideAccess: false as const }
  const existing = await payload.count({
    collection: 'document-reads',
    where: { version: { equals: version } },
    ...asMember,
  })
  if (existing.totalDocs > 0) return
  try {
    await payload.create({ collection: 'document-reads', data: { document, version }, depth: 0, ...asMember })
  } catch (error) {
    const again = await payload.count({
      collection: 'document-reads',
      where: { version: { equals: version } },
      ...asMember,
    })
    if (again.totalDocs === 0) throw error
  }
}
