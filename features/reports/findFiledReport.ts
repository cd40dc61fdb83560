import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'

/**
 * The report this member already filed with this submission key, if any: a retried send (a lost response, a
 * double tap, a reload of a saved draft) is answered with the first report instead of making a second.
 */
export const findFiledReport = async (
  payload: Payload,
  member: MemberAccount,
  idempotencyKey: string,
): Promise<{ id: number } | null> => {
  const found = await payload.find({
    collection: 'incidents',
    where: { and: [{ reporter: { equals: member.id } }, { idempotencyKey: { equals: idempotencyKey } }] },
    select: {},
    depth: 0,
    limit: 1,
    pagination: false,
    // The key is hidden from members (read access: staff only), so a member cannot query on it. The lookup is
    // pinned to the signed-in reporter taken from the session and returns only an id the member filed.
    overrideAccess: true,
  })
  const first = found.docs[0]
  return first ? { id: first.id } : null
}
