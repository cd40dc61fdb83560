import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { statementSelect } from './statementSelect'

/** One statement as this account may see it, or null (not found and not allowed look the same). */
export const getStatement = async (account: Account, id: number) => {
  const payload = await getPayloadClient()
  return payload.findByID({
    collection: 'witness-statements',
    id,
    depth: 0,
    select: statementSelect,
    disableErrors: true,
    user: account,
    overrideAccess: false,
  })
}
