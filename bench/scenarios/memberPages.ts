import type { BenchContext } from '../benchContext'
import { memberCookie } from '../lib/memberCookie'

/** Members the page requests go round: about 7,500 list reads in a run, under 120 per member. */
const poolSize = 100
/** What a members' page says when the member's list reads are over the limit (countMemberListRead.ts). */
const refusal = 'Too many searches'

/**
 * The gallery, a search and a busy profile as a signed-in member, each beside the floor (a members' page that
 * checks the session and renders a heading: the most a members' page can do here) and Payload's default REST
 * list, all in the same run. Returns the results for the growth table (bench/growth.ts).
 */
export const memberPages = async (
  { appUrl, scale, password, measure, ratios }: BenchContext,
  { payloadSecret }: { payloadSecret: string | undefined },
) => {
  // Each member may make 120 list reads in 10 minutes (lib/audit/memberListReadRules.ts); one member's cookie
  // would be refused after that, and a refusal is a cheap page (the first run with the floor measured mostly
  // refusals). The requests go round a pool of members instead, each well under the limit, and a refusal
  // counts as an error.
  const pool: string[] = []
  for (let index = 0; index < poolSize; index++) {
    pool.push(
      await memberCookie(
        appUrl,
        `member-${index + 201}@scale.ntars.test`,
        password,
        `10.9.${2 + Math.floor(index / 250)}.${(index % 250) + 1}`,
      ),
    )
  }
  let next = 0
  const asMembers = {
    request: () => ({ headers: { Cookie: pool[next++ % pool.length] as string } }),
    isError: (status: number, body: string) => status !== 200 || body.includes(refusal),
  }
  const floor = await measure({
    label: 'floor: session check and a heading (member)',
    url: `${appUrl}/members/floor`,
    connections: 10,
    ...asMembers,
  })
  const gallery = await measure({
    label: 'gallery first page (member)',
    url: `${appUrl}/offenders`,
    connections: 10,
    ...asMembers,
  })
  const search = await measure({
    label: 'gallery search (member)',
    url: `${appUrl}/offenders?q=Saltmarsh`,
    connections: 10,
    ...asMembers,
  })
  const profile = await measure({
    label: `busy profile #${scale.busiestProfile} (member)`,
    url: `${appUrl}/offenders/${scale.busiestProfile}`,
    connections: 10,
    ...asMembers,
  })
  // Members have no REST access (the member door), so the naive baseline reads as a staff admin, signed in
  // through /staff/sign-in with a known second factor (the tests' helper, pointed at the bench's app).
  Object.assign(process.env, {
    NTARS_TEST_URL: appUrl,
    DATABASE_URL: scale.databaseUrl,
    PAYLOAD_SECRET: payloadSecret,
  })
  const { signInStaffOverHttp } = await import('../../tests/helpers/staffSignInOverHttp')
  const rest = await measure({
    label: 'naive REST /api/offenders?limit=24 (depth 2, as staff admin)',
    url: `${appUrl}/api/offenders?limit=24&depth=2`,
    connections: 10,
    headers: await signInStaffOverHttp('admin@ntars.test'),
  })
  for (const [name, result] of [
    ['gallery', gallery],
    ['search', search],
    ['profile', profile],
  ] as const) {
    ratios.push(
      `${name}: ${(result.requestsPerSecond / floor.requestsPerSecond).toFixed(2)} × the floor (target ≥ 0.7), ${(result.requestsPerSecond / rest.requestsPerSecond).toFixed(1)} × naive REST (target ≥ 5), p95 ${Math.round(result.p95)} ms (target < 100)`,
    )
  }
  return { floor, gallery, search, profile }
}
