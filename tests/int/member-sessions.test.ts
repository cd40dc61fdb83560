/**
 * Members' area sessions: a fresh session id per sign-in, the idle and absolute deadlines (decided with a
 * controlled clock, against the real session rows), "sign out everywhere", and suspension ending access.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { authorizeMember } from '@/lib/auth/authorizeMember'
import { decideMemberSession } from '@/lib/auth/decideMemberSession'
import { memberForSession } from '@/lib/auth/memberForSession'
import { memberSessionTimeouts } from '@/lib/auth/memberSessionTimeouts'
import { revokeAllMemberSessions } from '@/lib/auth/revokeAllMemberSessions'
import { revokeMemberSession } from '@/lib/auth/revokeMemberSession'
import { setMemberSessionDeadline } from '@/lib/auth/setMemberSessionDeadline'
import type { Member } from '@/payload-types'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
const password = process.env.DEMO_PASSWORD || 'ntars-demo-2026'
const overrideAccess = true // test set-up and read-back
const minutes = (count: number) => count * 60_000
const at = (start: Date, offset: number) => new Date(start.getTime() + offset)

const throwaway = async (): Promise<Member> => {
  const business = await payload.find({
    collection: 'businesses',
    where: { slug: { equals: 'copper-kettle-cafe' } },
    limit: 1,
    overrideAccess,
  })
  return payload.create({
    collection: 'members',
    data: {
      email: `sessions-${Math.random().toString(36).slice(2, 9)}@ntars.test`,
      name: 'Session Test',
      role: 'member',
      accountStatus: 'active',
      business: business.docs[0]?.id,
      password,
    },
    overrideAccess,
  } as never) as Promise<Member>
}

const signIn = async (email: string, now: Date) => {
  const outcome = await authorizeMember({ email, password }, {}, now)
  if (!('member' in outcome)) throw new Error(`sign-in refused: ${outcome.refused}`)
  return { memberId: Number(outcome.member.id), sid: outcome.member.sid }
}

const storedSession = async (memberId: number, sid: string) => {
  const member = await payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    showHiddenFields: true,
    overrideAccess,
  })
  return member.sessions?.find((session) => session.id === sid)
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('decideMemberSession', () => {
  const created = new Date('2026-11-26T08:00:00Z')
  const session = (idleEnd: Date) => ({ createdAt: created.toISOString(), expiresAt: idleEnd.toISOString() })

  it('slides the idle deadline on use, at most once a minute', () => {
    const decision = decideMemberSession(session(at(created, minutes(30))), at(created, minutes(10)))
    expect(decision).toEqual({ valid: true, slideTo: at(created, minutes(40)) })
    expect(decideMemberSession(session(at(created, minutes(40))), at(created, minutes(10.5)))).toEqual({
      valid: true,
      slideTo: null,
    })
  })

  it('ends after the idle time without a request', () => {
    expect(decideMemberSession(session(at(created, minutes(30))), at(created, minutes(30)))).toEqual({
      valid: false,
      reason: 'idle',
    })
  })

  it('ends at the absolute limit however busy the session is, and never slides past it', () => {
    const end = at(created, memberSessionTimeouts.absoluteHours * 3_600_000)
    const nearEnd = decideMemberSession(session(end), at(end, -minutes(10)))
    expect(nearEnd).toEqual({ valid: true, slideTo: null })
    const slid = decideMemberSession(session(at(end, -minutes(10))), at(end, -minutes(15)))
    expect(slid).toEqual({ valid: true, slideTo: end })
    expect(decideMemberSession(session(at(end, minutes(30))), end)).toEqual({
      valid: false,
      reason: 'absolute',
    })
  })

  it('refuses a session with no start time', () => {
    expect(decideMemberSession({ expiresAt: at(created, minutes(30)).toISOString() }, created)).toEqual({
      valid: false,
      reason: 'absolute',
    })
  })
})

describe('memberForSession', () => {
  it('issues a new session id at every sign-in', async () => {
    const member = await throwaway()
    const first = await signIn(member.email, new Date())
    const second = await signIn(member.email, new Date())
    expect(first.sid).not.toBe(second.sid)
  })

  it('starts the idle clock at sign-in, slides it on use and ends the session when idle', async () => {
    const member = await throwaway()
    const start = new Date()
    const session = await signIn(member.email, start)
    const stored = await storedSession(session.memberId, session.sid)
    expect(new Date(stored?.expiresAt ?? 0).getTime()).toBe(start.getTime() + minutes(30))

    expect(await memberForSession(payload, session, at(start, minutes(10)))).not.toBeNull()
    const slid = await storedSession(session.memberId, session.sid)
    expect(new Date(slid?.expiresAt ?? 0).getTime()).toBe(start.getTime() + minutes(40))

    // Thirty seconds later: still valid, and no write (throttled).
    expect(await memberForSession(payload, session, at(start, minutes(10.5)))).not.toBeNull()
    expect((await storedSession(session.memberId, session.sid))?.expiresAt).toBe(slid?.expiresAt)

    expect(await memberForSession(payload, session, at(start, minutes(41)))).toBeNull()
  })

  it('ends a busy session at the absolute limit', async () => {
    const member = await throwaway()
    const start = new Date()
    const session = await signIn(member.email, start)
    const created = new Date((await storedSession(session.memberId, session.sid))?.createdAt ?? 0)
    const end = at(created, memberSessionTimeouts.absoluteHours * 3_600_000)
    // A request every 25 minutes keeps it open right up to the absolute end…
    for (let now = at(start, minutes(25)); now < end; now = at(now, minutes(25))) {
      expect(await memberForSession(payload, session, now), now.toISOString()).not.toBeNull()
    }
    // …and not a moment after, however recently it was used.
    expect(await memberForSession(payload, session, end)).toBeNull()
  })

  it('signs out everywhere: every session of the account stops working at once', async () => {
    const member = await throwaway()
    const now = new Date()
    const phone = await signIn(member.email, now)
    const till = await signIn(member.email, now)
    expect(await memberForSession(payload, phone, now)).not.toBeNull()
    expect(await revokeAllMemberSessions(payload, member.id)).toBe(2)
    expect(await memberForSession(payload, phone, now)).toBeNull()
    expect(await memberForSession(payload, till, now)).toBeNull()
  })

  it('keeps only the current device when asked (after a password change)', async () => {
    const member = await throwaway()
    const now = new Date()
    const phone = await signIn(member.email, now)
    const till = await signIn(member.email, now)
    await revokeAllMemberSessions(payload, member.id, till.sid)
    expect(await memberForSession(payload, phone, now)).toBeNull()
    expect(await memberForSession(payload, till, now)).not.toBeNull()
  })

  it("moves one session's deadline where Payload reads it, and never earlier when asked for later only", async () => {
    const member = await throwaway()
    const start = new Date()
    const phone = await signIn(member.email, start)
    const till = await signIn(member.email, start)
    const tillBefore = await storedSession(till.memberId, till.sid)
    const later = at(start, minutes(45))
    await setMemberSessionDeadline(payload, { ...phone, expiresAt: later, onlyLater: true })
    expect(new Date((await storedSession(phone.memberId, phone.sid))?.expiresAt ?? 0)).toEqual(later)
    await setMemberSessionDeadline(payload, { ...phone, expiresAt: at(start, minutes(35)), onlyLater: true })
    expect(new Date((await storedSession(phone.memberId, phone.sid))?.expiresAt ?? 0)).toEqual(later)
    await setMemberSessionDeadline(payload, { ...phone, expiresAt: at(start, minutes(35)), onlyLater: false })
    expect(new Date((await storedSession(phone.memberId, phone.sid))?.expiresAt ?? 0)).toEqual(
      at(start, minutes(35)),
    )
    expect(await storedSession(till.memberId, till.sid)).toEqual(tillBefore)
  })

  it('ends one session through Payload and leaves the others; an unknown session changes nothing', async () => {
    const member = await throwaway()
    const now = new Date()
    const phone = await signIn(member.email, now)
    const till = await signIn(member.email, now)
    await revokeMemberSession(payload, member.id, phone.sid)
    expect(await storedSession(member.id, phone.sid)).toBeUndefined()
    const tillStored = await storedSession(member.id, till.sid)
    expect(tillStored?.id).toBe(till.sid)
    await revokeMemberSession(payload, member.id, phone.sid)
    expect(await revokeAllMemberSessions(payload, member.id, till.sid)).toBe(0)
    expect(await storedSession(member.id, till.sid)).toEqual(tillStored)
    expect(await memberForSession(payload, till, now)).not.toBeNull()
  })

  it('shuts a suspended member out on their next request', async () => {
    const member = await throwaway()
    const now = new Date()
    const session = await signIn(member.email, now)
    expect(await memberForSession(payload, session, now)).not.toBeNull()
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { accountStatus: 'suspended' },
      overrideAccess, // test set-up: the scheme office suspends the account
    })
    expect(await memberForSession(payload, session, now)).toBeNull()
  })
})
