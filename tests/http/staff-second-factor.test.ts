/**
 * Against the built app: no staff session without the second factor. Payload's REST login and
 * reset-password issue no token or cookie for staff; /admin/login leads to NTARS's sign-in; the sign-in
 * form (posted as a browser without JavaScript would) sets Payload's cookie only with password AND code.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { baseUrl, demoPassword } from '../helpers/http'
import { enrolStaffWithKnownSecret, staffCode } from '../helpers/staffSecondFactor'
import { staffTokenOf, submitStaffSignIn } from '../helpers/staffSignInOverHttp'

/** Payload's answer to a wrong password, which staff also get for a right one without NTARS's sign-in. */
const wrongPasswordMessage = 'The email or password provided is incorrect.'

const post = (path: string, body: unknown) =>
  fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    redirect: 'manual',
  })

const meWith = async (token: string) => {
  const response = await fetch(`${baseUrl()}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
  return ((await response.json()) as { user: { email: string } | null }).user
}

/** The reset link Payload emailed to `to` (through the test run's SMTP catcher), newest first. */
const resetTokenMailedTo = async (to: string): Promise<string> => {
  const file = process.env.NTARS_TEST_MAILBOX
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const mails = file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
    const token = mails
      .map((line) => JSON.parse(line) as { to: string[]; html: string })
      .reverse()
      .find((mail) => mail.to.includes(to) && mail.html.includes('/staff/reset-password?token='))
      ?.html.match(/staff\/reset-password\?token=([A-Za-z0-9]+)/)?.[1]
    if (token) return token
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`No reset email reached ${to}`)
}

describe('Payload’s own token-issuing endpoints', () => {
  it('give a staff account with the right password no token and no cookie at /api/users/login', async () => {
    await enrolStaffWithKnownSecret('editor@ntars.test')
    const response = await post('/api/users/login', { email: 'editor@ntars.test', password: demoPassword })
    expect(response.status).toBe(401)
    // The same answer as a wrong password (collections/Users/hooks/requireSecondFactor.ts).
    expect(await response.json()).toEqual({ errors: [{ message: wrongPasswordMessage }] })
    expect(staffTokenOf(response)).toBeNull()
  })

  it('refuse /api/users/reset-password with a valid emailed token: no session, password unchanged', async () => {
    const email = 'editor@ntars.test'
    expect((await post('/api/users/forgot-password', { email })).status).toBe(200)
    const token = await resetTokenMailedTo(email)
    const response = await post('/api/users/reset-password', { token, password: 'Rope-lantern-harbour-31' })
    // Payload's reset signs in, so the beforeLogin hook refuses it like a wrong password.
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ errors: [{ message: wrongPasswordMessage }] })
    expect(staffTokenOf(response)).toBeNull()
    // The refusal rolled the whole reset back: the old password still signs in (with the code).
    await enrolStaffWithKnownSecret(email)
    expect(staffTokenOf(await submitStaffSignIn(email))).not.toBeNull()
  })

  it('refuse first-register once staff exist', async () => {
    const response = await post('/api/users/first-register', {
      email: 'intruder@ntars.test',
      password: 'Intruder-password-2026',
      name: 'Intruder',
    })
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      errors: [{ message: 'You are not allowed to perform this action.' }],
    })
    expect(staffTokenOf(response)).toBeNull()
  })

  it('send /admin/login to NTARS’s staff sign-in', async () => {
    const response = await fetch(`${baseUrl()}/admin/login`, { redirect: 'manual' })
    // Payload's admin streams its shell, so the view's redirect arrives in the stream (Next's
    // NEXT_REDIRECT instruction, which the browser follows) rather than as a 3xx status.
    const target = response.headers.get('location') ?? (await response.text())
    expect(target).toMatch(/(^|NEXT_REDIRECT;replace;)\/staff\/sign-in\?next=%2Fadmin/)
    expect(target).not.toContain('type="password"')
  })
})

describe('NTARS’s staff sign-in form', () => {
  it('sets Payload’s cookie with password and code, and the session opens the staff API', async () => {
    await enrolStaffWithKnownSecret('manager@ntars.test')
    const response = await submitStaffSignIn('manager@ntars.test')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/\/admin$/)
    const cookie = response.headers.getSetCookie().find((entry) => /payload-token=/.test(entry)) ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=lax/i)
    expect(cookie).toMatch(/Path=\//)
    const token = staffTokenOf(response) as string
    expect((await meWith(token))?.email).toBe('manager@ntars.test')
  })

  it('sets no cookie for the right password with a wrong or missing code', async () => {
    await enrolStaffWithKnownSecret('manager@ntars.test')
    const valid = [-30_000, 0, 30_000].map((shift) => staffCode(undefined, Date.now() + shift))
    const wrong = ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code)) as string
    for (const code of [wrong, '']) {
      const response = await submitStaffSignIn('manager@ntars.test', { code })
      expect(response.status).toBe(200)
      expect(staffTokenOf(response)).toBeNull()
    }
  })

  it('refuses a code whose time step was already used', async () => {
    await enrolStaffWithKnownSecret('manager@ntars.test')
    const code = staffCode()
    expect(staffTokenOf(await submitStaffSignIn('manager@ntars.test', { code }))).not.toBeNull()
    expect(staffTokenOf(await submitStaffSignIn('manager@ntars.test', { code }))).toBeNull()
  })

  it('sets no cookie for a member account', async () => {
    const response = await submitStaffSignIn('member@ntars.test', { password: demoPassword, code: '' })
    expect(response.status).toBe(200) // the form again, as for a wrong password
    expect(staffTokenOf(response)).toBeNull()
  })
})
