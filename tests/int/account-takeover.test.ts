/**
 * Issue 12, accounts (item 6, item 8's member accounts, and item 11's staff sessions, emails to suspended
 * businesses), through the Local API as the real accounts (`overrideAccess: false`):
 * nobody changes a member's email or password without proving the current one (scheme staff excepted); a
 * business manager cannot take over a colleague's login nor undo the scheme's suspension; police read only
 * the reporters of reports they can read; staff sessions end when idle and at an absolute limit; alerts and
 * digests skip suspended and lapsed businesses.
 */
import { createLocalReq, type Payload, refreshOperation } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Account, MemberAccount } from '@/access/accountOf'
import { reporterIdsReadableBy } from '@/collections/Members/access/reporterIdsReadableBy'
import { emailAlert } from '@/jobs/emailAlert'
import { sendGalleryDigest } from '@/jobs/galleryDigest'
import { authorizeMember } from '@/lib/auth/authorizeMember'
import { changeMemberPassword } from '@/lib/auth/changeMemberPassword'
import { memberForSession } from '@/lib/auth/memberForSession'
import { signInStaff } from '@/lib/staffAuth/signInStaff'
import { staffTokenSeconds } from '@/lib/staffAuth/staffTokenSeconds'
import type { Business, Member } from '@/payload-types'
import { attempt } from '../helpers/attempt'
import { findBySlug } from '../helpers/fixtures'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { enrolStaffWithKnownSecret, staffCode } from '../helpers/staffSecondFactor'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let copperKettle: Business
let lanternBooks: Business
const overrideAccess = true // test set-up and reading back what was stored, past the rules under test
const password = 'Kettle-lantern-quay-2026'
const as = (role: Role) => ({ user: users[role] ?? undefined, overrideAccess: false as const })
const asAccount = (member: Member) => ({
  user: { ...member, collection: 'members' } as MemberAccount,
  overrideAccess: false as const,
})
const unique = () => Math.random().toString(36).slice(2, 9)
const minutes = (count: number) => count * 60_000

const newBusiness = (membershipStatus: Business['membershipStatus']) =>
  payload.create({
    collection: 'businesses',
    data: {
      name: `Fixture ${membershipStatus} shop ${unique()}`,
      category: 'retail',
      address: { line1: '2 Test Row' },
      membershipStatus,
    },
    overrideAccess,
  })

const newMember = (extra: Partial<Member> = {}) =>
  payload.create({
    collection: 'members',
    data: {
      email: `takeover-${unique()}@ntars.test`,
      name: 'Takeover Test',
      role: 'member',
      accountStatus: 'active',
      business: copperKettle.id,
      password,
      ...extra,
    },
    overrideAccess,
  } as never) as Promise<Member>

const stored = (id: number) =>
  payload.findByID({ collection: 'members', id, depth: 0, overrideAccess }) as Promise<
    Member & { suspendedBy?: string | null }
  >

/** Whether a password opens the account (Payload's own check; the session it opens is not used). */
const passwordOpens = async (email: string, candidate: string) => {
  try {
    await payload.login({ collection: 'members', data: { email, password: candidate }, overrideAccess })
    return true
  } catch {
    return false
  }
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  copperKettle = await findBySlug(payload, 'copper-kettle-cafe')
  lanternBooks = await findBySlug(payload, 'lantern-books')
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('a member’s own email and password', () => {
  it('refuses a member changing their own email without the current password, and changes nothing', async () => {
    const member = await newMember()
    const result = await attempt(() =>
      payload.update({
        collection: 'members',
        id: member.id,
        data: { email: `taken-${unique()}@ntars.test` },
        ...asAccount(member),
      }),
    )
    expect(result).toBe('denied')
    expect((await stored(member.id)).email).toBe(member.email)
  })

  it('refuses a member changing their own password without the current password, and changes nothing', async () => {
    const member = await newMember()
    const result = await attempt(() =>
      payload.update({
        collection: 'members',
        id: member.id,
        data: { password: 'Another-long-secret-2026' },
        ...asAccount(member),
      }),
    )
    expect(result).toBe('denied')
    expect(await passwordOpens(member.email, password)).toBe(true)
    expect(await passwordOpens(member.email, 'Another-long-secret-2026')).toBe(false)
  })

  it('still lets a member change their own name and phone', async () => {
    const member = await newMember()
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { name: 'Renamed Member', phone: '01632 960123' },
      ...asAccount(member),
    })
    const after = await stored(member.id)
    expect([after.name, after.phone]).toEqual(['Renamed Member', '01632 960123'])
  })

  it('changes the password through the members’ area with the current one, ending every other sign-in', async () => {
    const member = await newMember()
    const signIn = async () => {
      const outcome = await authorizeMember({ email: member.email, password })
      if (!('member' in outcome)) throw new Error(`sign-in refused: ${outcome.refused}`)
      return { memberId: member.id, sid: outcome.member.sid }
    }
    const phone = await signIn()
    const till = await signIn()
    const account = { ...member, collection: 'members' } as MemberAccount
    const change = (currentPassword: string) =>
      changeMemberPassword(payload, account, {
        currentSid: till.sid,
        currentPassword,
        newPassword: 'Changed-at-the-till-2026',
      })

    expect(await change('not-the-current-one')).toBe('wrong-current-password')
    expect(await passwordOpens(member.email, password)).toBe(true)
    expect(await memberForSession(payload, phone)).not.toBeNull()

    expect(await change(password)).toBe('changed')
    expect(await passwordOpens(member.email, 'Changed-at-the-till-2026')).toBe(true)
    expect(await passwordOpens(member.email, password)).toBe(false)
    expect(await memberForSession(payload, phone)).toBeNull()
    expect(await memberForSession(payload, till)).not.toBeNull()
  })

  it('lets the current-password vouching open only the member’s own account', async () => {
    const member = await newMember()
    const colleague = await newMember()
    const vouched = { ntarsCurrentPasswordCheckedForMember: member.id }
    const result = await attempt(() =>
      payload.update({
        collection: 'members',
        id: colleague.id,
        data: { password: 'Borrowed-vouching-2026' },
        context: vouched,
        ...asAccount(member),
      }),
    )
    expect(result).toBe('denied')
    expect(await passwordOpens(colleague.email, password)).toBe(true)
  })

  it('lets scheme staff set a member’s email and password in the admin', async () => {
    const member = await newMember()
    const email = `moved-${unique()}@ntars.test`
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { email, password: 'Scheme-reset-secret-2026' },
      ...as('scheme-manager'),
    })
    expect((await stored(member.id)).email).toBe(email)
    expect(await passwordOpens(email, 'Scheme-reset-secret-2026')).toBe(true)
  })
})

describe('a business manager and their colleagues’ logins', () => {
  it('refuses a manager setting a colleague’s password, so they cannot sign in as them', async () => {
    const colleague = await newMember()
    const result = await attempt(() =>
      payload.update({
        collection: 'members',
        id: colleague.id,
        data: { password: 'Manager-chosen-secret-2026' },
        ...as('business-manager'),
      }),
    )
    expect(result).toBe('denied')
    expect(await passwordOpens(colleague.email, 'Manager-chosen-secret-2026')).toBe(false)
    expect(await passwordOpens(colleague.email, password)).toBe(true)
  })

  it('refuses a manager changing a colleague’s email (a reset link would then reach the manager)', async () => {
    const colleague = await newMember()
    const result = await attempt(() =>
      payload.update({
        collection: 'members',
        id: colleague.id,
        data: { email: `manager-inbox-${unique()}@ntars.test` },
        ...as('business-manager'),
      }),
    )
    expect(result).toBe('denied')
    expect((await stored(colleague.id)).email).toBe(colleague.email)
  })

  it('lets a manager suspend and re-activate a colleague they suspended, recording who suspended', async () => {
    const colleague = await newMember()
    await payload.update({
      collection: 'members',
      id: colleague.id,
      data: { accountStatus: 'suspended' },
      ...as('business-manager'),
    })
    expect(await stored(colleague.id)).toMatchObject({ accountStatus: 'suspended', suspendedBy: 'business' })
    await payload.update({
      collection: 'members',
      id: colleague.id,
      data: { accountStatus: 'active' },
      ...as('business-manager'),
    })
    expect(await stored(colleague.id)).toMatchObject({ accountStatus: 'active', suspendedBy: null })
  })

  it('refuses a manager re-activating an account the scheme suspended, and changes nothing', async () => {
    const colleague = await newMember()
    await payload.update({
      collection: 'members',
      id: colleague.id,
      data: { accountStatus: 'suspended' },
      ...as('scheme-manager'),
    })
    expect(await stored(colleague.id)).toMatchObject({ accountStatus: 'suspended', suspendedBy: 'staff' })
    const result = await attempt(() =>
      payload.update({
        collection: 'members',
        id: colleague.id,
        data: { accountStatus: 'active' },
        ...as('business-manager'),
      }),
    )
    expect(result).toBe('denied')
    expect(await stored(colleague.id)).toMatchObject({ accountStatus: 'suspended', suspendedBy: 'staff' })
  })

  it('takes who suspended from the session, never from the client', async () => {
    const colleague = await newMember()
    await payload.update({
      collection: 'members',
      id: colleague.id,
      data: { accountStatus: 'suspended', suspendedBy: 'business' } as never,
      ...as('scheme-manager'),
    })
    expect((await stored(colleague.id)).suspendedBy).toBe('staff')
    await payload.update({
      collection: 'members',
      id: colleague.id,
      data: { suspendedBy: 'business' } as never,
      ...as('business-manager'),
    })
    expect(await stored(colleague.id)).toMatchObject({ accountStatus: 'suspended', suspendedBy: 'staff' })
  })
})

describe('police and member accounts', () => {
  it('shows police a member who reported a report they can read, and not one who reported nothing', async () => {
    const reporter = await newMember({ business: lanternBooks.id })
    const silent = await newMember()
    await payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        business: lanternBooks.id,
        reporter: reporter.id,
        occurredAt: new Date(Date.now() - minutes(60)).toISOString(),
        description: 'Fixture report for police member reads',
        status: 'submitted',
      },
      overrideAccess,
    })
    const byId = (id: number) =>
      payload.findByID({ collection: 'members', id, depth: 0, disableErrors: true, ...as('police') })
    expect((await byId(reporter.id))?.email).toBe(reporter.email)
    expect(await byId(silent.id)).toBeNull()

    const listed = await payload.find({
      collection: 'members',
      depth: 0,
      pagination: false,
      limit: 0,
      select: { email: true },
      ...as('police'),
    })
    const ids = listed.docs.map((doc) => doc.id)
    expect(ids).toContain(reporter.id)
    expect(ids).toContain(users.police?.id)
    expect(ids).not.toContain(silent.id)
    const found = await payload.find({
      collection: 'members',
      where: { email: { equals: silent.email } },
      depth: 0,
      ...as('police'),
    })
    expect(found.totalDocs).toBe(0)
  })

  it('finds reporters through the incidents’ own read rule, also when it is a row filter', async () => {
    const report = async (type: 'theft' | 'asb') => {
      const reporter = await newMember({ business: lanternBooks.id })
      await payload.create({
        collection: 'incidents',
        data: {
          type,
          business: lanternBooks.id,
          reporter: reporter.id,
          occurredAt: new Date(Date.now() - minutes(60)).toISOString(),
          description: `Fixture ${type} for the reporters rule`,
          status: 'submitted',
        },
        overrideAccess,
      })
      return reporter.id
    }
    const asbReporter = await report('asb')
    const theftReporter = await report('theft')
    // The ASB unit reads ASB reports only: their reporters, not the theft's.
    const asbUnit = await createLocalReq({ user: users['partner-asb'] as never }, payload)
    const ids = await reporterIdsReadableBy(asbUnit)
    expect(ids).toContain(asbReporter)
    expect(ids).not.toContain(theftReporter)
    expect(await reporterIdsReadableBy(asbUnit, theftReporter)).toEqual([])
  })

  it('lists for police only themselves and accounts that reported something', async () => {
    const listed = await payload.find({
      collection: 'members',
      depth: 0,
      pagination: false,
      limit: 0,
      select: { email: true },
      ...as('police'),
    })
    // Straight from the database: the reporter of every report (police read every report).
    const reporters = await payload.db.findDistinct({
      collection: 'incidents',
      field: 'reporter',
      where: { reporter: { exists: true } },
    })
    const reporterIds = new Set(reporters.values.map((value) => Number(value.reporter)))
    for (const doc of listed.docs) {
      if (doc.id !== users.police?.id) expect(reporterIds.has(doc.id), doc.email).toBe(true)
    }
  })
})

describe('staff sessions', () => {
  const staffPassword = 'Lantern-thimble-quay-2026'

  const signedInStaff = async () => {
    const email = `session-${unique()}@ntars.test`
    await payload.create({
      collection: 'users',
      data: { email, name: 'Session Staff', roles: ['editor'], password: staffPassword },
      overrideAccess,
    })
    await enrolStaffWithKnownSecret(email)
    const result = await signInStaff(
      payload,
      { email, password: staffPassword, code: staffCode() },
      { ip: `203.0.113.${Math.floor(Math.random() * 200) + 20}` },
    )
    if (!('signedIn' in result)) throw new Error(`staff sign-in refused: ${JSON.stringify(result)}`)
    return result.signedIn
  }

  const claimsOf = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      iat: number
      exp: number
      sid: string
    }

  const userFor = async (token: string) =>
    (await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })).user

  const refresh = async (token: string) => {
    const user = await userFor(token)
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    return refreshOperation({ collection: payload.collections.users, req })
  }

  const storedSession = async (userId: number, sid: string) => {
    const user = await payload.findByID({
      collection: 'users',
      id: userId,
      depth: 0,
      showHiddenFields: true,
      overrideAccess,
    })
    return user.sessions?.find((session) => session.id === sid)
  }

  it('gives a token the idle limit, cut short at 10 hours after sign-in', () => {
    const createdAt = new Date('2026-12-03T08:00:00Z')
    const at = (offset: number) => new Date(createdAt.getTime() + offset)
    expect(staffTokenSeconds({ createdAt }, at(minutes(5)))).toBe(30 * 60)
    expect(staffTokenSeconds({ createdAt }, at(minutes(9 * 60 + 50)))).toBe(10 * 60)
    expect(staffTokenSeconds({ createdAt }, at(minutes(10 * 60)))).toBeNull()
    expect(staffTokenSeconds({ createdAt: null }, at(0))).toBeNull()
  })

  it('ends a staff session after 30 minutes without a request', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() })
    const start = Date.now()
    const { token } = await signedInStaff()
    const claims = claimsOf(token)
    expect(claims.exp - claims.iat).toBe(30 * 60)
    vi.setSystemTime(start + minutes(29))
    expect(await userFor(token)).not.toBeNull()
    vi.setSystemTime(start + minutes(31))
    expect(await userFor(token)).toBeNull()
  })

  it('slides the idle deadline on refresh, and the stored session ends with the token', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() })
    const start = Date.now()
    const { token, userId } = await signedInStaff()
    vi.setSystemTime(start + minutes(20))
    const refreshed = await refresh(token)
    expect(refreshed.exp * 1000).toBeGreaterThanOrEqual(start + minutes(50) - 1000)
    const session = await storedSession(userId, claimsOf(token).sid)
    expect(new Date(session?.expiresAt ?? 0).getTime()).toBe(refreshed.exp * 1000)
  })

  it('ends a busy staff session 10 hours after sign-in however often it is refreshed', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() })
    const start = Date.now()
    let { token } = await signedInStaff()
    const sid = claimsOf(token).sid
    const end = start + 10 * 3_600_000
    for (let now = start + minutes(25); now < end; now += minutes(25)) {
      vi.setSystemTime(now)
      const refreshed = await refresh(token)
      // Never a token that outlives the absolute end (to the second).
      expect(refreshed.exp * 1000, new Date(now).toISOString()).toBeLessThanOrEqual(end + 1000)
      token = refreshed.refreshedToken
      expect(claimsOf(token).sid).toBe(sid)
    }
    vi.setSystemTime(end + 1000)
    expect(await userFor(token)).toBeNull()
    await expect(refresh(token)).rejects.toMatchObject({
      name: 'Forbidden',
      status: 403,
      message: 'You are not allowed to perform this action.',
    })
  })
})

describe('alert and digest emails', () => {
  const recipientsOf = (spy: { mock: { calls: unknown[][] } }) =>
    spy.mock.calls.map(([message]) => (message as { to: string }).to)

  const audience = async () => {
    const suspendedShop = await newBusiness('suspended')
    const lapsedShop = await newBusiness('lapsed')
    return {
      active: await newMember(),
      suspendedAccount: await newMember({ accountStatus: 'suspended' }),
      ofSuspendedShop: await newMember({ business: suspendedShop.id }),
      ofLapsedShop: await newMember({ business: lapsedShop.id }),
      police: await newMember({ role: 'police', business: null, force: 'Fixture Constabulary' }),
    }
  }

  it('sends an alert to active accounts of active businesses only', async () => {
    const people = await audience()
    const alert = await payload.create({
      collection: 'briefings',
      data: {
        title: 'Alert: fixture for recipients',
        slug: `alert-recipients-${unique()}`,
        summary: 'Watch the tills.',
        kind: 'alert',
        audience: 'members',
        _status: 'published',
      },
      overrideAccess,
    } as never)
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    await emailAlert(await createLocalReq({}, payload), Number(alert.id))
    const to = recipientsOf(send)
    expect(to).toContain(people.active.email)
    expect(to).toContain(people.police.email)
    expect(to).not.toContain(people.suspendedAccount.email)
    expect(to).not.toContain(people.ofSuspendedShop.email)
    expect(to).not.toContain(people.ofLapsedShop.email)
  })

  it('sends the gallery digest to active accounts of active businesses only', async () => {
    const people = await audience()
    await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Digest',
        lastName: `Fixture-${unique()}`,
        status: 'approved',
        gallery: 'known',
        approvedAt: new Date().toISOString(),
      },
      overrideAccess,
    })
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    await sendGalleryDigest(await createLocalReq({}, payload))
    const to = recipientsOf(send)
    expect(to).toContain(people.active.email)
    expect(to).not.toContain(people.suspendedAccount.email)
    expect(to).not.toContain(people.ofSuspendedShop.email)
    expect(to).not.toContain(people.ofLapsedShop.email)
  })
})
