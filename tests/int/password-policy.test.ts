/**
 * The password rule: long enough, not on the shipped list of common and breached passwords (also with the
 * usual digits and symbols added), with a reason people can act on; the same rule in the members' forms and
 * in Payload's own create/update for staff and members.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { newPasswordSchema } from '@/lib/auth/newPasswordSchema'
import { passwordProblem } from '@/lib/security/passwordProblem'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
const demoPassword = process.env.DEMO_PASSWORD || 'ntars-demo-2026'
const overrideAccess = true // test set-up: the rule must hold whoever writes

/** The reasons a person reads (lib/security/passwordProblem.ts), word for word. */
const onTheList =
  'That password is on a list of common or breached passwords. Choose something less predictable, such as three or four unrelated words.'
const decorated =
  'That password is a common password with numbers or symbols added. Choose something less predictable, such as three or four unrelated words.'
const repeated = 'That password repeats too few different characters. Choose something less predictable.'

/** Payload's refusal when the password hook rejects a password, naming the field and the reason. */
const refusedPassword = (collection: 'users' | 'members', message: string) => ({
  name: 'ValidationError',
  status: 400,
  message: 'The following field is invalid: password',
  data: { collection, errors: [{ path: 'password', message }] },
})

beforeAll(async () => {
  payload = await testPayload()
})

describe('passwordProblem', () => {
  it('refuses short passwords with the minimum length', () => {
    expect(passwordProblem('Tr0ub4dor&3')).toBe('Use at least 12 characters.')
  })

  it('refuses common and breached passwords, also with digits and symbols added', () => {
    for (const password of ['qwerty123456', '1qaz2wsx3edc', 'QWERTY123456']) {
      expect(passwordProblem(password), password).toBe(onTheList)
    }
    for (const password of ['Password2026!', '!!sunshine123456', 'football-1234']) {
      expect(passwordProblem(password), password).toBe(decorated)
    }
  })

  it('refuses a few characters repeated', () => {
    expect(passwordProblem('abababababababab')).toBe(repeated)
  })

  it('accepts long unusual passwords, the demo password among them', () => {
    for (const password of [demoPassword, 'copper kettle teapot lantern', 'Vq7#mL2!xR9$wT4p']) {
      expect(passwordProblem(password), password).toBeNull()
    }
  })
})

describe('newPasswordSchema (members’ forms)', () => {
  it('gives the reason for a refused password', () => {
    const result = newPasswordSchema.safeParse({ password: 'qwerty123456', confirm: 'qwerty123456' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['password'], message: onTheList },
    ])
  })

  it('accepts an unusual password typed twice', () => {
    const phrase = 'copper kettle teapot lantern'
    expect(newPasswordSchema.safeParse({ password: phrase, confirm: phrase }).success).toBe(true)
  })
})

describe('Payload auth collections', () => {
  it('refuses a common password for a new staff account and writes nothing', async () => {
    const email = `weak-${Math.random().toString(36).slice(2, 9)}@ntars.test`
    await expect(
      payload.create({
        collection: 'users',
        data: { email, name: 'Weak Password', roles: ['editor'], password: 'Password2026!' },
        overrideAccess,
      }),
    ).rejects.toMatchObject(refusedPassword('users', decorated))
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('refuses a breached password when a member account is changed, and keeps the old one', async () => {
    const member = await payload.find({
      collection: 'members',
      where: { email: { equals: 'member2@ntars.test' } },
      limit: 1,
      overrideAccess,
    })
    const id = member.docs[0]?.id as number
    await expect(
      payload.update({ collection: 'members', id, data: { password: 'qwerty123456' }, overrideAccess }),
    ).rejects.toMatchObject(refusedPassword('members', onTheList))
    const login = await payload.login({
      collection: 'members',
      data: { email: 'member2@ntars.test', password: demoPassword },
      overrideAccess, // checking the password still works
    })
    expect(login.user?.id).toBe(id)
  })

  it('accepts a long unusual staff password', async () => {
    const email = `strong-${Math.random().toString(36).slice(2, 9)}@ntars.test`
    const created = await payload.create({
      collection: 'users',
      data: { email, name: 'Strong Password', roles: ['editor'], password: 'copper kettle teapot lantern' },
      overrideAccess,
    })
    expect(created).toMatchObject({ email, name: 'Strong Password', roles: ['editor'] })
    expect(created.id).toBeTypeOf('number')
  })
})
