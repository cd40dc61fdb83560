import type pg from 'pg'
import { firstNames, lastNames } from '../names'
import type { Random } from '../random'
import { bulkInsert } from './bulkInsert'

/**
 * Member accounts spread over the businesses, every one with the demo password: the hash and salt are
 * copied from a demo account the normal seed made through Payload, so sign-in works exactly as it does
 * for real accounts. Emails are member-<n>@scale.ntars.test so the benchmark can sign any of them in.
 */
export const scaleMembers = async (
  client: pg.Client,
  random: Random,
  businessIds: number[],
  count: number,
): Promise<{ id: number; business: number }[]> => {
  const { rows } = await client.query("select hash, salt from members where email = 'member@ntars.test'")
  const credentials = rows[0] as { hash: string; salt: string } | undefined
  if (!credentials) throw new Error('Run the demo seed first: the scale seed copies its member password.')
  const plans = Array.from({ length: count }, (_, index) => ({
    business: businessIds[index % businessIds.length] as number,
    row: [
      `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      index % businessIds.length < 200 && index < businessIds.length ? 'business-manager' : 'member',
      businessIds[index % businessIds.length],
      'active',
      `member-${index + 1}@scale.ntars.test`,
      credentials.hash,
      credentials.salt,
    ],
  }))
  const ids = await bulkInsert(
    client,
    'members',
    ['name', 'role', 'business_id', 'account_status', 'email', 'hash', 'salt'],
    plans.map((plan) => plan.row),
  )
  return ids.map((id, index) => ({ id, business: plans[index]?.business as number }))
}
