/**
 * Staff second factor, through the Local API (no REST): Payload's login gives staff no session unless
 * NTARS's sign-in checked a code; enrolment, replayed codes, recovery codes (stored only as hashes, each
 * good once), rate limits, an admin's reset, and a password reset that does not sign in.
 */
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { clearSecondFactor } from '@/lib/staffAuth/clearSecondFactor'
import { isFirstAccountRegistration } from '@/lib/staffAuth/isFirstAccountRegistration'
import { openSecret } from '@/lib/staffAuth/openSecret'
import { resetStaffPassword } from '@/lib/staffAuth/resetStaffPassword'
import { SecondFactorRefused } from '@/lib/staffAuth/signals'
import { type StaffSignInResult, signInStaff } from '@/lib/staffAuth/signInStaff'
import { staffSignInLimits } from '@/lib/staffAuth/staffSignInLimits'
import type { SecondFactorRecord } from '@/lib/staffAuth/types'
import type { User } from '@/payload-types'
import { staffCode } from '../helpers/staffSecondFactor'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
const overrideAccess = true // test set-up and read-back of fields no API may read
const password = 'Lantern-thimble-quay-2026'
const ip = '203.0.113.40'
/** Payload's answer to a wrong password, which the beforeLogin hook gives to a login without NTARS's context. */
const refusedLikeAWrongPassword = {
  name: 'AuthenticationError',
  status: 401,
  message: 'The email or password provided is incorrect.',
}

const newStaff = async (roles: User['roles'] = ['editor']): Promise<User> =>
  payload.create({
    collection: 'users',
    data: {
      email: `factor-${Math.random().toString(36).slice(2, 9)}@ntars.test`,
      name: 'Factor Test',
      roles,
      password,
    },
    overrideAccess,
  })

const stored = async (id: number) => {
  const user = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess,
  })
  return { factor: (user.secondFactor ?? {}) as SecondFactorRecord, sessions: user.sessions ?? [] }
}

const auditFor = async (id: number, action: 'second-factor' | 'login' | 'login-failed') =>
  payload.find({
    collection: 'audit-log',
    where: { and: [{ action: { equals: action } }, { entityId: { equals: id } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 10,
    overrideAccess,
  })

/** A six-digit code that is valid in no step of the window, so "wrong code" is certain. */
const wrongCode = (secret: string) => {
  const valid = [-30_000, 0, 30_000].map((shift) => staffCode(secret, Date.now() + shift))
  return ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code)) as string
}

const enrolled = async (user: User) => {
  const first = await signInStaff(payload, { email: user.email, password, code: '' }, { ip })
  if (!('enrol' in first)) throw new Error('expected enrolment')
  const code = staffCode(first.enrol.secret)
  const done = await signInStaff(payload, { email: user.email, password, code }, { ip })
  if (!('signedIn' in done)) throw new Error('expected sign-in')
  return { secret: first.enrol.secret, code, recoveryCodes: done.signedIn.recoveryCodes ?? [] }
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('Payload login for staff', () => {
  it('refuses the right password without NTARS’s sign-in context, like a wrong one, and keeps no session', async () => {
    const user = await newStaff()
    const attempt = payload.login({
      collection: 'users',
      data: { email: user.email, password },
      overrideAccess,
    })
    await expect(attempt).rejects.toMatchObject(refusedLikeAWrongPassword)
    expect((await stored(user.id)).sessions).toEqual([])
  })

  it('treats first-register as the bootstrap only on an empty install', async () => {
    const firstRegister = { url: 'http://localhost/api/users/first-register', payloadAPI: 'REST' as const }
    expect(await isFirstAccountRegistration(await createLocalReq({ req: firstRegister }, payload))).toBe(
      false,
    )
    const user = await newStaff()
    const attempt = payload.login({
      collection: 'users',
      data: { email: user.email, password },
      req: { url: 'http://localhost/api/users/login?then=/users/first-register', payloadAPI: 'REST' },
      overrideAccess,
    })
    await expect(attempt).rejects.toMatchObject(refusedLikeAWrongPassword)
  })

  it('cannot be talked into a session by a context a caller made up', async () => {
    const user = await newStaff()
    const attempt = payload.login({
      collection: 'users',
      data: { email: user.email, password },
      context: { secondFactorChecked: true, staffSignIn: { step: 'code', code: '' } },
      overrideAccess,
    })
    // The made-up flag is ignored; the made-up step is checked like a real one: no factor, no session.
    await expect(attempt).rejects.toBeInstanceOf(SecondFactorRefused)
    await expect(attempt).rejects.toMatchObject({
      message: 'Second factor refused',
      userId: user.id,
      reason: 'not-enrolled',
    })
    expect((await stored(user.id)).sessions).toEqual([])
  })
})

describe('enrolment at first sign-in', () => {
  it('checks the password only and gives a sealed pending secret, without a session', async () => {
    const user = await newStaff()
    const wrong = await signInStaff(
      payload,
      { email: user.email, password: 'not-the-password', code: '' },
      { ip },
    )
    expect(wrong).toEqual({ refused: 'invalid' })
    const result = await signInStaff(payload, { email: user.email, password, code: '' }, { ip })
    expect('enrol' in result).toBe(true)
    if (!('enrol' in result)) return
    expect(result.enrol.secret).toMatch(/^[A-Z2-7]{32}$/)
    const { factor, sessions } = await stored(user.id)
    expect(sessions).toEqual([])
    expect(factor.secret ?? null).toBeNull()
    expect(factor.pendingSecret).not.toContain(result.enrol.secret)
    expect(openSecret(factor.pendingSecret)).toBe(result.enrol.secret)
    // Reloading the page shows the same secret, so an app that already scanned it still matches.
    const again = await signInStaff(payload, { email: user.email, password, code: '' }, { ip })
    expect(again).toEqual(result)
  })

  it('refuses a wrong code, then enables the factor on a right one and stores only hashes of ten recovery codes', async () => {
    const user = await newStaff()
    const first = (await signInStaff(payload, { email: user.email, password, code: '' }, { ip })) as Extract<
      StaffSignInResult,
      { enrol: unknown }
    >
    const secret = first.enrol.secret
    expect(
      await signInStaff(payload, { email: user.email, password, code: wrongCode(secret) }, { ip }),
    ).toEqual({
      refused: 'wrong-code',
    })
    expect((await stored(user.id)).factor.secret ?? null).toBeNull()

    const codeTime = Date.now()
    const done = await signInStaff(
      payload,
      { email: user.email, password, code: staffCode(secret, codeTime) },
      { ip },
    )
    const doneTime = Date.now()
    expect('signedIn' in done).toBe(true)
    if (!('signedIn' in done)) return
    const codes = done.signedIn.recoveryCodes ?? []
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    const { factor, sessions } = await stored(user.id)
    expect(sessions).toHaveLength(1)
    expect(openSecret(factor.secret)).toBe(secret)
    expect(factor.pendingSecret ?? null).toBeNull()
    expect(factor.enabledAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(Date.parse(factor.enabledAt as string)).toBeGreaterThanOrEqual(codeTime)
    expect(Date.parse(factor.enabledAt as string)).toBeLessThanOrEqual(doneTime)
    // The 30-second step of the code just used, so that code cannot be used again.
    expect(factor.lastUsedStep).toBe(Math.floor(codeTime / 30_000))
    const storedCodes = factor.recoveryCodes as { salt: string; hash: string; usedAt: string | null }[]
    expect(storedCodes).toHaveLength(10)
    const dump = JSON.stringify(factor)
    for (const code of codes) {
      expect(dump).not.toContain(code)
      expect(dump).not.toContain(code.replace('-', ''))
    }
    expect(new Set(storedCodes.map((entry) => entry.salt)).size).toBe(10)
    expect(storedCodes.every((entry) => entry.usedAt === null)).toBe(true)
    const audit = await auditFor(user.id, 'second-factor')
    expect(audit.docs.map((entry) => (entry.details as { event?: string }).event)).toContain('enrolled')
    expect((await auditFor(user.id, 'login')).totalDocs).toBe(1)
  })
})

describe('signing in with the second factor', () => {
  it('asks an enrolled account for its code and makes no session on the password alone', async () => {
    const user = await newStaff()
    await enrolled(user)
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions: [] }, returning: false })
    expect(await signInStaff(payload, { email: user.email, password, code: '' }, { ip })).toEqual({
      refused: 'code-needed',
    })
    expect((await stored(user.id)).sessions).toEqual([])
  })

  it('refuses a code from the time step already used, and a right code with a wrong password', async () => {
    const user = await newStaff()
    const { secret, code } = await enrolled(user)
    // The very code the enrolment used, again, is a replay. (Not a fresh staffCode(): when the 30-second
    // step turns between the two calls, that is the next step's code, which is rightly accepted.)
    const replay = await signInStaff(payload, { email: user.email, password, code }, { ip })
    expect(replay).toEqual({ refused: 'wrong-code' })
    const wrongPassword = await signInStaff(
      payload,
      { email: user.email, password: 'not-the-password', code: staffCode(secret, Date.now() + 30_000) },
      { ip },
    )
    expect(wrongPassword).toEqual({ refused: 'invalid' })
    const failures = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'login-failed' } }, { 'details.email': { equals: user.email } }] },
      depth: 0,
      overrideAccess,
    })
    expect(failures.docs.map((entry) => (entry.details as { reason?: string }).reason).sort()).toEqual([
      'invalid',
      'reused-code',
    ])
  })

  it('accepts a recovery code once, in any case and without its dash', async () => {
    const user = await newStaff()
    const { recoveryCodes } = await enrolled(user)
    const code = recoveryCodes[3] as string
    const used = await signInStaff(
      payload,
      { email: user.email, password, code: code.toUpperCase().replace('-', '') },
      { ip },
    )
    expect(used).toMatchObject({ signedIn: { recoveryCodesLeft: 9 } })
    expect(await signInStaff(payload, { email: user.email, password, code }, { ip })).toEqual({
      refused: 'wrong-code',
    })
    const storedCodes = (await stored(user.id)).factor.recoveryCodes as { usedAt: string | null }[]
    expect(storedCodes.filter((entry) => entry.usedAt)).toHaveLength(1)
    const audit = await auditFor(user.id, 'second-factor')
    expect(audit.docs.map((entry) => (entry.details as { event?: string }).event)).toContain(
      'recovery-code-used',
    )
  })

  it('refuses further attempts once an account reaches its limit of failures; successes do not count', async () => {
    const user = await newStaff()
    const failures: StaffSignInResult[] = []
    for (let count = 0; count < staffSignInLimits.perAccount.limit; count += 1) {
      const attempt = { email: user.email, password: 'not-the-password', code: '' }
      failures.push(await signInStaff(payload, attempt, { ip: `198.51.100.${count}` }))
    }
    // Payload's own lockout (maxLoginAttempts 5) starts after five wrong passwords; NTARS's limit still
    // counts every failure.
    expect(failures).toEqual([
      ...Array.from({ length: 5 }, () => ({ refused: 'invalid' })),
      ...Array.from({ length: staffSignInLimits.perAccount.limit - 5 }, () => ({ refused: 'locked' })),
    ])
    const next = await signInStaff(
      payload,
      { email: user.email, password, code: '' },
      { ip: '198.51.100.99' },
    )
    expect(next).toEqual({ refused: 'rate-limited' })

    const busy = await newStaff()
    for (let count = 0; count <= staffSignInLimits.perAccount.limit; count += 1) {
      const result = await signInStaff(payload, { email: busy.email, password, code: '' }, { ip })
      expect('enrol' in result).toBe(true)
    }
  })
})

describe('resets', () => {
  it('lets an admin clear a factor: the account enrols again and its sessions end', async () => {
    const user = await newStaff()
    await enrolled(user)
    const admin = await newStaff(['admin'])
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, payload)
    await clearSecondFactor(req, user.id)
    const { factor, sessions } = await stored(user.id)
    expect(sessions).toEqual([])
    expect(factor.secret ?? null).toBeNull()
    expect(factor.recoveryCodes ?? null).toBeNull()
    const audit = await auditFor(user.id, 'second-factor')
    expect(audit.docs[0]).toMatchObject({ actorId: admin.id, details: { event: 'cleared' } })
    expect('enrol' in (await signInStaff(payload, { email: user.email, password, code: '' }, { ip }))).toBe(
      true,
    )
  })

  it('sets a new password from a reset token without signing in; Payload’s own reset changes nothing', async () => {
    const user = await newStaff()
    await enrolled(user)
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions: [] }, returning: false })
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
      overrideAccess,
    })
    const newPassword = 'Quayside-haberdashery-77'
    const stock = payload.resetPassword({
      collection: 'users',
      data: { token, password: newPassword },
      overrideAccess,
    })
    await expect(stock).rejects.toMatchObject(refusedLikeAWrongPassword)
    expect(await resetStaffPassword(payload, token, newPassword)).toBe(true)
    expect((await stored(user.id)).sessions).toEqual([])
    expect(
      await signInStaff(payload, { email: user.email, password: newPassword, code: '' }, { ip }),
    ).toEqual({
      refused: 'code-needed',
    })
    expect(await resetStaffPassword(payload, token, 'Another-long-password-88')).toBe(false)
  })
})
