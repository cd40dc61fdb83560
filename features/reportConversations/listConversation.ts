import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** One report's thread as this account may read it, oldest first, for the report page. */
export const listConversation = async (account: Account, incidentId: number) => {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'report-messages',
    where: { incident: { equals: incidentId } },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
    select: {
      kind: true,
      body: true,
      photos: true,
      authorRole: true,
      cctvFrom: true,
      cctvTo: true,
      cctvPlace: true,
      createdAt: true,
    },
    user: account,
    overrideAccess: false,
  })
  return found.docs
}
