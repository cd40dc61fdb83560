import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** The statements of one report this account may read, newest first, for the report page. */
export const listStatementsOfIncident = async (account: Account, incidentId: number) => {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'witness-statements',
    where: { incident: { equals: incidentId } },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
    select: { status: true, witnessName: true, signedAt: true, signedDocument: true, createdAt: true },
    user: account,
    overrideAccess: false,
  })
  return found.docs
}
