import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** The statements this member may see (their own, by the collection's access), waiting ones first. */
export const listStatementsToSign = async (member: MemberAccount) => {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'witness-statements',
    where: { status: { in: ['awaiting-signature', 'signed'] } },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    select: { incident: true, status: true, signedAt: true, createdAt: true },
    user: member,
    overrideAccess: false,
  })
  return found.docs
}
