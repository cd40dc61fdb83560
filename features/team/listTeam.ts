import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** The logins of a business manager's business (the access rules limit it to their business). */
export const listTeam = async (manager: MemberAccount) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'members',
    sort: 'name',
    limit: 200,
    depth: 0,
    select: { name: true, email: true, role: true, accountStatus: true, suspendedBy: true },
    user: manager,
    overrideAccess: false,
  })
  return docs
}
