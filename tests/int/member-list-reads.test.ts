/**
 * A member's list reads of offenders and incidents (the Local API as the members' pages use it, and the
 * gallery's raw-SQL path) are audit-logged with the ids returned, capped per call and rate-limited per
 * account, so nobody copies the whole gallery or every report unseen. Staff reads are neither.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount, StaffAccount } from '@/access/accountOf'
import { getLinkedIncidentSummary } from '@/features/gallery/getLinkedIncidentSummary'
import { searchGallery } from '@/features/gallery/searchGallery'
import { memberListReadRules } from '@/lib/audit/memberListReadRules'
import type { AuditLog, Member } from '@/payload-types'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let member: MemberAccount
let police: MemberAccount
let admin: StaffAccount
/** A member of its own, so the rate-limit test fills a counter no other test uses. */
let busy: MemberAccount

const overrideAccess = true // test set-up and reading the log back

const entriesAfter = async (sequence: number, actorId: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ sequence: { greater_than: sequence } }, { actorId: { equals: actorId } }] },
      sort: 'sequence',
      limit: 50,
      depth: 0,
      overrideAccess,
    })
  ).docs as AuditLog[]

const lastSequence = async () =>
  (
    await payload.find({
      collection: 'audit-log',
      sort: '-sequence',
      limit: 1,
      depth: 0,
      select: { sequence: true },
      overrideAccess,
    })
  ).docs[0]?.sequence ?? 0

const refusal = (operation: Promise<unknown>) =>
  operation.then(
    () => null,
    (error: { status?: number; message?: string }) => ({ status: error.status, message: error.message }),
  )

beforeAll(async () => {
  payload = await testPayload()
  const users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  police = users.police as MemberAccount
  admin = users.admin as StaffAccount
  const created = (await payload.create({
    collection: 'members',
    data: {
      email: `list-reads-${Math.random().toString(36).slice(2, 9)}@ntars.test`,
      name: 'List Reads Fixture',
      role: 'member',
      accountStatus: 'active',
      business: typeof member.business === 'object' ? member.business?.id : member.business,
      password: 'a-long-fixture-password-2026',
    },
    overrideAccess, // test set-up: an account of its own
  } as never)) as Member
  busy = { ...created, collection: 'members' }
})

afterAll(async () => {
  await payload.delete({ collection: 'members', id: busy.id, overrideAccess })
})

describe("a member's list reads are audit-logged", () => {
  it('a find on offenders writes one entry listing the ids it returned', async () => {
    const before = await lastSequence()
    const found = await payload.find({
      collection: 'offenders',
      limit: 5,
      depth: 0,
      user: member,
      overrideAccess: false,
    })
    expect(found.docs.length).toBeGreaterThan(0)
    const entries = await entriesAfter(before, member.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'view',
      actorCollection: 'members',
      entityCollection: 'offenders',
      summary: `Listed ${found.docs.length} offender profiles (page 1 of ${found.totalPages}, ${found.totalDocs} in all)`,
      details: { ids: found.docs.map((doc) => doc.id), page: 1, totalDocs: found.totalDocs },
    })
  })

  it('a find on incidents with related records populated is still one entry', async () => {
    const before = await lastSequence()
    const found = await payload.find({
      collection: 'incidents',
      where: { offenders: { exists: true } },
      limit: 10,
      depth: 1,
      user: police,
      overrideAccess: false,
    })
    expect(found.docs.some((doc) => (doc.offenders ?? []).some((entry) => typeof entry === 'object'))).toBe(
      true,
    )
    const entries = await entriesAfter(before, police.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      entityCollection: 'incidents',
      details: { ids: found.docs.map((doc) => doc.id) },
    })
  })

  it('the gallery (raw SQL) writes one entry listing the cards it showed', async () => {
    const before = await lastSequence()
    const page = await searchGallery(member, { limit: 4 })
    expect(page.cards.length).toBeGreaterThan(0)
    const entries = await entriesAfter(before, member.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'view',
      entityCollection: 'offenders',
      details: { ids: page.cards.map((card) => card.id), page: 1, totalDocs: page.totalDocs },
    })
    expect(entries[0]?.summary).toMatch(/^Listed \d+ offender profiles \(gallery/)
  })

  it('a list read that returned nothing writes nothing: it showed nothing', async () => {
    const before = await lastSequence()
    const found = await payload.find({
      collection: 'incidents',
      where: { id: { equals: 999_999_999 } },
      limit: 5,
      depth: 0,
      user: member,
      overrideAccess: false,
    })
    expect(found.docs).toEqual([])
    expect(await entriesAfter(before, member.id)).toEqual([])
  })

  it("reads the list's own rows only, not the reports joined to each profile", async () => {
    const withReports = await payload.find({
      collection: 'offenders',
      where: { lastIncidentAt: { exists: true } },
      limit: 5,
      depth: 0,
      user: police,
      overrideAccess: false,
    })
    expect(withReports.docs.length).toBeGreaterThan(0)
    expect(withReports.docs.every((doc) => doc.incidents === undefined)).toBe(true)
    const asStaff = await payload.find({
      collection: 'offenders',
      where: { id: { in: withReports.docs.map((doc) => doc.id) } },
      limit: 5,
      depth: 0,
      user: admin,
      overrideAccess: false,
    })
    expect(asStaff.docs.some((doc) => (doc.incidents?.docs ?? []).length > 0)).toBe(true)
  })

  it('server code reading with overrideAccess writes nothing', async () => {
    const before = await lastSequence()
    await payload.find({ collection: 'offenders', limit: 5, depth: 0, user: member, overrideAccess: true })
    expect(await entriesAfter(before, member.id)).toEqual([])
  })
})

describe("a member's list read is capped", () => {
  const max = memberListReadRules.maxRows
  const tooBig = [
    ['limit 0 (everything)', { limit: 0 }],
    ['limit 10,000', { limit: 10_000 }],
    [`limit ${max + 1}`, { limit: max + 1 }],
    ['pagination switched off', { pagination: false }],
  ] as const
  for (const [label, options] of tooBig) {
    it(`refuses ${label}, saying why, and logs nothing`, async () => {
      const before = await lastSequence()
      for (const collection of ['offenders', 'incidents'] as const) {
        expect(
          await refusal(
            payload.find({ collection, ...options, depth: 0, user: member, overrideAccess: false }),
          ),
        ).toEqual({
          status: 400,
          message: `A list returns at most ${max} records at a time: ask for one page (limit 1 to ${max}).`,
        })
      }
      expect(await entriesAfter(before, member.id)).toEqual([])
    })
  }

  it(`allows a page of ${max}`, async () => {
    const found = await payload.find({
      collection: 'incidents',
      limit: max,
      depth: 0,
      user: police,
      overrideAccess: false,
    })
    expect(found.limit).toBe(max)
  })
})

describe("a member's list reads are rate-limited per account", () => {
  const { limit, windowSeconds } = memberListReadRules.perAccount
  const minutes = Math.ceil(windowSeconds / 60)

  it(`refuses list read ${limit + 1} within ${minutes} minutes, through the Local API and the gallery`, async () => {
    for (let read = 1; read <= limit; read++) {
      await payload.find({
        collection: read % 2 ? 'offenders' : 'incidents',
        limit: 1,
        depth: 0,
        user: busy,
        overrideAccess: false,
      })
    }
    const before = await lastSequence()
    const message = `Too many searches. Try again in ${minutes} minutes.`
    expect(
      await refusal(
        payload.find({ collection: 'offenders', limit: 1, depth: 0, user: busy, overrideAccess: false }),
      ),
    ).toEqual({ status: 429, message })
    // The gallery page shows the refusal instead of the cards.
    expect(await searchGallery(busy, {})).toEqual({
      cards: [],
      page: 1,
      totalPages: 0,
      totalDocs: 0,
      problem: message,
    })
    // A profile's latest reports are a list read too (raw SQL); the profile page cannot show them now.
    await expect(getLinkedIncidentSummary(busy, 1)).rejects.toMatchObject({ status: 429, message })
    // The first refusal in a window is logged once; further refusals are not (the limit stops the flood).
    const entries = await entriesAfter(before, busy.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'access-denied',
      summary: `List reads refused: more than ${limit} in ${minutes} minutes`,
    })
  })

  it('another member is not held back by it', async () => {
    const found = await payload.find({
      collection: 'offenders',
      limit: 1,
      depth: 0,
      user: member,
      overrideAccess: false,
    })
    expect(found.docs).toHaveLength(1)
  })

  it('staff list reads are neither limited, capped nor logged', async () => {
    const before = await lastSequence()
    for (let read = 0; read <= limit; read++) {
      await payload.find({ collection: 'offenders', limit: 0, depth: 0, user: admin, overrideAccess: false })
    }
    expect(await entriesAfter(before, admin.id)).toEqual([])
  })
})
