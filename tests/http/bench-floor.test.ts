/**
 * `/members/floor` is the benchmark's floor page (docs/benchmarks.md): it answers only in the bench's own
 * server (NTARS_BENCH_FLOOR=1). In the app as deployed, and as `npm test` runs it, it is a 404 for everyone.
 */
import { describe, expect, it } from 'vitest'
import { baseUrl, demoPassword } from '../helpers/http'
import { memberSignIn } from '../helpers/memberSession'

describe('the bench floor page outside the bench', () => {
  it('is not found, signed out or signed in', async () => {
    const signedOut = await fetch(`${baseUrl()}/members/floor`, { redirect: 'manual' })
    expect(signedOut.status).toBe(404)
    const { cookie } = await memberSignIn('member@ntars.test', demoPassword)
    const signedIn = await fetch(`${baseUrl()}/members/floor`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    })
    expect(signedIn.status).toBe(404)
    expect(await signedIn.text()).not.toContain('Signed in as')
  })
})
