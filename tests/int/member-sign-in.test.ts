/**
 * Members' sign-in (the next-auth Credentials provider's check): Payload's password and lockout, no staff
 * accounts, no suspended accounts or businesses, sessions that sign-out really ends, and the audit trail.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { watermark, watermarkLabel } from '@/features/evidence/watermark'
import { authorizeMember } from '@/lib/auth/authorizeMember'
import { revokeMemberSession } from '@/lib/auth/revokeMemberSession'
import type { Member } from '@/payload-types'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
const password = process.env.DEMO_PASSWORD || 'ntars-demo-2026'
const overrideAccess = true // test set-up and read-back

const sessionsOf = async (id: number) =>
  (await payload.findByID({ collection: 'members', id, depth: 0, showHiddenFields: true, overrideAccess }))
    .sessions ?? []

const throwaway = async (extra: Record<string, unknown> = {}): Promise<Member> => {
  const business = await payload.find({
    collection: 'businesses',
    where: { slug: { equals: 'copper-kettle-cafe' } },
    limit: 1,
    overrideAccess,
  })
  return payload.create({
    collection: 'members',
    data: {
      email: `signin-${Math.random().toString(36).slice(2, 9)}@ntars.test`,
      name: 'Sign In Test',
      role: 'member',
      accountStatus: 'active',
      business: business.docs[0]?.id,
      password,
      ...extra,
    },
    overrideAccess,
  } as never) as Promise<Member>
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('authorizeMember', () => {
  it('signs in an active member and records a server-side session', async () => {
    const outcome = await authorizeMember({ email: 'member@ntars.test', password })
    expect('member' in outcome).toBe(true)
    if (!('member' in outcome)) return
    const sessions = await sessionsOf(Number(outcome.member.id))
    expect(sessions.some((session) => session.id === outcome.member.sid)).toBe(true)
  })

  it('refuses a wrong password, malformed input and staff accounts, and audits the refusal', async () => {
    expect(await authorizeMember({ email: 'member@ntars.test', password: 'not-the-password' })).toEqual({
      refused: 'invalid',
    })
    expect(await authorizeMember({ email: 'not an email', password })).toEqual({ refused: 'invalid' })
    expect(await authorizeMember({ email: 'admin@ntars.test', password })).toEqual({ refused: 'invalid' })
    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'login-failed' } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess,
    })
    expect(audit.docs[0]?.summary).toMatch(/refused/)
    expect(JSON.stringify(audit.docs[0])).not.toContain(password)
  })

  it('refuses a suspended account and a member of a suspended business, leaving no session', async () => {
    const suspended = await throwaway({ accountStatus: 'suspended' })
    expect(await authorizeMember({ email: suspended.email, password })).toEqual({ refused: 'suspended' })
    expect(await sessionsOf(suspended.id)).toEqual([])

    const business = await payload.create({
      collection: 'businesses',
      data: {
        name: 'Suspended Fixture Shop',
        category: 'retail',
        membershipStatus: 'suspended',
        address: { line1: '3 Test Row' },
      },
      overrideAccess,
    })
    const member = await throwaway({ business: business.id })
    expect(await authorizeMember({ email: member.email, password })).toEqual({ refused: 'suspended' })
  })

  it('locks an account after five failed attempts, even for the right password', async () => {
    const member = await throwaway()
    for (let attempt = 0; attempt < 5; attempt++) {
      await authorizeMember({ email: member.email, password: 'wrong-password' })
    }
    expect(await authorizeMember({ email: member.email, password })).toEqual({ refused: 'locked' })
  })

  it('ends a session for good on sign-out', async () => {
    const outcome = await authorizeMember({ email: 'member2@ntars.test', password })
    if (!('member' in outcome)) throw new Error('sign-in failed')
    const id = Number(outcome.member.id)
    await revokeMemberSession(payload, id, outcome.member.sid)
    expect((await sessionsOf(id)).some((session) => session.id === outcome.member.sid)).toBe(false)
  })
})

describe('watermark', () => {
  it('stamps the viewer across the image and re-encodes it without metadata', async () => {
    const image = await sharp({ create: { width: 320, height: 320, channels: 3, background: '#777777' } })
      .withExif({ IFD0: { Artist: 'Someone' } })
      .jpeg()
      .toBuffer()
    const marked = await watermark(
      image,
      watermarkLabel(
        { name: 'Sam Shopworker', businessName: 'Copper Kettle Café' },
        new Date('2026-11-26T12:00:00Z'),
      ),
    )
    const meta = await sharp(marked).metadata()
    expect(meta.format).toBe('webp')
    expect([meta.width, meta.height]).toEqual([320, 320])
    expect(meta.exif).toBeUndefined()
    const before = await sharp(image).raw().toBuffer()
    const after = await sharp(marked).removeAlpha().raw().toBuffer()
    let changed = 0
    for (let index = 0; index < before.length; index++)
      if (Math.abs((before[index] ?? 0) - (after[index] ?? 0)) > 30) changed++
    expect(changed / before.length).toBeGreaterThan(0.01)
  })

  it('labels with name, business and the UK date', () => {
    expect(
      watermarkLabel(
        { name: 'Sam Shopworker', businessName: 'Copper Kettle Café' },
        new Date('2026-11-26T12:00:00Z'),
      ),
    ).toBe('Sam Shopworker · Copper Kettle Café · 26 Nov 2026')
  })
})
