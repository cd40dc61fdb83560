/**
 * Run as a child of `npm run soak` (tsx, with the soak database's environment): creates the virtual members,
 * spread over the demo's active businesses, and writes their ids and emails as JSON to the file named by
 * argv[3]. The demo seed has only a handful of member accounts; the soak needs hundreds.
 *
 *   tsx scripts/lib/soak/createSoakMembers.ts <count> <out.json>   (password in SOAK_MEMBER_PASSWORD)
 */
import { writeFileSync } from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'

const count = Number(process.argv[2])
const out = process.argv[3]
const password = process.env.SOAK_MEMBER_PASSWORD
if (!Number.isInteger(count) || count < 1 || !out || !password) {
  console.error('usage: SOAK_MEMBER_PASSWORD=… tsx scripts/lib/soak/createSoakMembers.ts <count> <out.json>')
  process.exit(2)
}
if (!process.env.DATABASE_URL?.includes('ntars_soak_')) {
  console.error('Refusing: soak members are only created in a throwaway ntars_soak_* database.')
  process.exit(2)
}
process.env.NTARS_JOBS ??= 'off'
const payload = await getPayload({ config })
const businesses = await payload.find({
  collection: 'businesses',
  where: { membershipStatus: { equals: 'active' } },
  select: {},
  depth: 0,
  limit: 100,
  pagination: false,
  overrideAccess: true, // soak set-up in a throwaway database: no signed-in user exists yet
})
if (!businesses.docs.length) throw new Error('The soak database has no active business: was it seeded?')
const members: { id: number; email: string; business: number }[] = []
for (let index = 0; index < count; index++) {
  const business = businesses.docs[index % businesses.docs.length]?.id as number
  const email = `soak-${String(index + 1).padStart(4, '0')}@soak.ntars.test`
  const created = await payload.create({
    collection: 'members',
    data: {
      name: `Soak Member ${index + 1}`,
      email,
      password,
      role: 'member',
      business,
      accountStatus: 'active',
    },
    depth: 0,
    overrideAccess: true, // soak set-up in a throwaway database: accounts are made as the scheme office would
  } as never)
  members.push({ id: (created as { id: number }).id, email, business })
}
writeFileSync(out, JSON.stringify(members))
console.log(`Created ${members.length} soak members over ${businesses.docs.length} businesses.`)
process.exit(0)
