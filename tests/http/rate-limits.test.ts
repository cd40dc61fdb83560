/**
 * Rate limits on the endpoints guessing attacks use, counted in PostgreSQL: the attempt after the limit is
 * refused with 429 (REST) or the sign-in form's message, and says how long to wait. Each test uses its own
 * made-up client address and account, so the limits it fills are its own (lib/rateLimit/authLimits.ts).
 * Over REST these are the staff endpoints (`/api/users/…`): members' auth operations are refused at the
 * member door, and members sign in and reset passwords through the members' area forms.
 */
import { describe, expect, it } from 'vitest'
import { authLimits } from '@/lib/rateLimit/authLimits'
import { baseUrl, demoPassword } from '../helpers/http'
import { fakeIp, memberSignIn } from '../helpers/memberSession'

const tooMany = /Too many attempts\. Try again in \d+ minutes?\./
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

const post = (path: string, body: Record<string, string>, ip: string) =>
  fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify(body),
  })

/** Sends `count` requests built by `request(n)` one after another and returns the statuses. */
const statuses = async (count: number, request: (attempt: number) => Promise<Response>) => {
  const result: number[] = []
  for (let attempt = 0; attempt < count; attempt++) result.push((await request(attempt)).status)
  return result
}

const expectRefused = async (response: Response) => {
  expect(response.status).toBe(429)
  const body = (await response.json()) as { errors?: { message: string }[] }
  expect(body.errors?.[0]?.message).toMatch(tooMany)
}

describe('Payload REST sign-in', () => {
  it('refuses an account after its limit of failures, from any address', async () => {
    const email = `nobody-${unique()}@ntars.test`
    const { limit } = authLimits.signInPerAccount
    const before = await statuses(limit, () =>
      post('/api/users/login', { email, password: 'wrong' }, fakeIp()),
    )
    expect(before.every((status) => status === 401)).toBe(true)
    await expectRefused(await post('/api/users/login', { email, password: 'wrong' }, fakeIp()))
  })

  it('refuses an address after its limit of failures, whatever the account', async () => {
    const ip = fakeIp()
    const { limit } = authLimits.signInPerIp
    const before = await statuses(limit, () =>
      post('/api/users/login', { email: `nobody-${unique()}@ntars.test`, password: 'wrong' }, ip),
    )
    expect(before.every((status) => status === 401)).toBe(true)
    await expectRefused(
      await post('/api/users/login', { email: `x-${unique()}@ntars.test`, password: 'x' }, ip),
    )
  })
})

describe('members’ sign-in form (next-auth)', () => {
  it('does not count sign-ins that succeed', async () => {
    const ip = fakeIp()
    for (let attempt = 0; attempt < authLimits.signInPerIp.limit + 2; attempt++) {
      const { response, cookie } = await memberSignIn('member2@ntars.test', demoPassword, ip)
      expect(response.status).toBe(302)
      expect(response.headers.get('location')).not.toMatch(/error|limited/)
      expect(cookie).toMatch(/authjs\.session-token=[^;]/)
    }
  })

  it('says how long to wait once an account has had too many failures', async () => {
    const email = `nobody-${unique()}@ntars.test`
    for (let attempt = 0; attempt < authLimits.signInPerAccount.limit; attempt++) {
      const { response } = await memberSignIn(email, 'wrong-password')
      expect(response.headers.get('location')).not.toMatch(/limited/)
    }
    const { response } = await memberSignIn(email, 'wrong-password')
    expect(response.headers.get('location')).toMatch(/code=limited(%3A|:)\d+/)
  })
})

describe('password reset', () => {
  it('limits reset emails per account and per address', async () => {
    const email = `nobody-${unique()}@ntars.test`
    const perAccount = await statuses(authLimits.forgotPerAccount.limit, () =>
      post('/api/users/forgot-password', { email }, fakeIp()),
    )
    expect(perAccount.every((status) => status === 200)).toBe(true)
    await expectRefused(await post('/api/users/forgot-password', { email }, fakeIp()))

    const ip = fakeIp()
    const perIp = await statuses(authLimits.forgotPerIp.limit, () =>
      post('/api/users/forgot-password', { email: `nobody-${unique()}@ntars.test` }, ip),
    )
    expect(perIp.every((status) => status === 200)).toBe(true)
    await expectRefused(await post('/api/users/forgot-password', { email: `x-${unique()}@ntars.test` }, ip))
  })

  it('limits tries of a reset token', async () => {
    const token = `not-a-real-token-${unique()}`
    const body = { token, password: 'copper kettle teapot lantern' }
    const tries = await statuses(authLimits.resetPerToken.limit, () =>
      post('/api/users/reset-password', body, fakeIp()),
    )
    expect(tries.every((status) => status === 403)).toBe(true)
    await expectRefused(await post('/api/users/reset-password', body, fakeIp()))
  })
})
