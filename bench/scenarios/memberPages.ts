import type { BenchContext } from '../benchContext'

/** The gallery, a search and a busy profile as a signed-in member, beside Payload's default REST list. */
export const memberPages = async (
  { appUrl, scale, measure, ratios }: BenchContext,
  { memberCookie, payloadSecret }: { memberCookie: string; payloadSecret: string | undefined },
) => {
  const asMember = { Cookie: memberCookie }
  const gallery = await measure({
    label: 'gallery first page (member)',
    url: `${appUrl}/offenders`,
    connections: 10,
    headers: asMember,
  })
  const search = await measure({
    label: 'gallery search (member)',
    url: `${appUrl}/offenders?q=Saltmarsh`,
    connections: 10,
    headers: asMember,
  })
  const profile = await measure({
    label: `busy profile #${scale.busiestProfile} (member)`,
    url: `${appUrl}/offenders/${scale.busiestProfile}`,
    connections: 10,
    headers: asMember,
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
      `${name}: ${(result.requestsPerSecond / rest.requestsPerSecond).toFixed(1)} × naive REST (target ≥ 5), p95 ${Math.round(result.p95)} ms (target < 100)`,
    )
  }
}
