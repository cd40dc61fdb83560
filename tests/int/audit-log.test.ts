/**
 * The audit log you can trust: tampering is found by verifyAuditChain (the audit page's and
 * `npm run audit:verify`'s one check), the staff page's query filters by person, record, action and date,
 * and refusals and record views write entries with who, what and from where.
 */
import { createLocalReq, Forbidden, type Payload } from 'payload'
import type { PoolClient } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account, StaffAccount } from '@/access/accountOf'
import { listAuditEntries } from '@/features/auditLog/listAuditEntries'
import { auditAccessDenied } from '@/lib/audit/auditAccessDenied'
import { auditEvidenceFileView } from '@/lib/audit/auditEvidenceFileView'
import { auditRefusal } from '@/lib/audit/auditRefusal'
import { recordAudit } from '@/lib/audit/recordAudit'
import { verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { postgresOf } from '@/lib/database/postgresOf'
import { londonNowLocal } from '@/lib/time/londonTime'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let admin: StaffAccount
let client: PoolClient
let otherBusinessIncident: number
/** An entity id no seeded entry uses, so each test reads only its own entries. */
const recordId = 900_000 + Math.floor(Math.random() * 90_000)

const write = async (
  account: Account | null,
  action: 'view' | 'update',
  entityId: number,
  summary: string,
) => {
  const req = await createLocalReq({ user: account ?? undefined }, payload)
  await recordAudit(req, { action, summary, entityCollection: 'offenders', entityId })
}

const newest = async (count: number) =>
  (
    await client.query(
      `select id, sequence::int as sequence from audit_log order by sequence desc limit ${count}`,
    )
  ).rows as { id: number; sequence: number }[]

/**
 * Tampers with raw SQL on Payload's own pool inside a transaction that is always rolled back, as a
 * superuser who switches the append-only triggers off for it (tests/int/audit-append-only.test.ts).
 */
const tampered = async (statement: string, values: unknown[]) => {
  await client.query('begin')
  try {
    await client.query('set local session_replication_role = replica')
    await client.query(statement, values)
    return await verifyAuditChain(client)
  } finally {
    await client.query('rollback')
  }
}

const entriesFor = async (where: Record<string, unknown>) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: where as never,
      sort: '-sequence',
      limit: 10,
      depth: 0,
      overrideAccess: true, // the test reads back what was logged
    })
  ).docs

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  admin = users.admin as StaffAccount
  client = await postgresOf(payload).pool.connect()
  const others = await payload.find({
    collection: 'incidents',
    where: { 'business.slug': { equals: 'lantern-books' } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // test set-up: a report of a business member@ does not belong to
  })
  otherBusinessIncident = others.docs[0]?.id ?? 0
  expect(otherBusinessIncident).toBeGreaterThan(0)
})

afterAll(() => {
  client?.release()
})

describe('verifyAuditChain', () => {
  it('says the chain is intact and how many entries it checked', async () => {
    await write(users.admin, 'view', recordId, 'Audit log test: first')
    await write(users.admin, 'view', recordId, 'Audit log test: middle')
    await write(users.admin, 'view', recordId, 'Audit log test: last')
    const status = await verifyAuditChain(client)
    const { rows } = await client.query('select count(*)::int as count from audit_log')
    expect(status).toEqual({ intact: true, checked: (rows[0] as { count: number }).count })
  })

  it('finds a summary changed with raw SQL, at that entry', async () => {
    const [, middle] = await newest(3)
    const status = await tampered('update audit_log set summary = $1 where id = $2', [
      'Nothing here',
      middle?.id,
    ])
    expect(status.intact).toBe(false)
    if (status.intact) return
    expect(status.firstBreak).toEqual({ id: middle?.id, sequence: middle?.sequence, kind: 'changed' })
  })

  it('finds an entry deleted from the middle, at the entry after the gap', async () => {
    const [last, middle] = await newest(3)
    const status = await tampered('delete from audit_log where id = $1', [middle?.id])
    expect(status.intact).toBe(false)
    if (status.intact) return
    expect(status.firstBreak).toEqual({ id: last?.id, sequence: last?.sequence, kind: 'removed' })
    expect(status.checked).toBe((await verifyAuditChain(client)).checked - 1)
  })
})

describe('listAuditEntries (the staff audit page)', () => {
  beforeAll(async () => {
    await write(users.member, 'view', recordId + 1, 'Audit log test: member viewed')
    await write(users.member, 'update', recordId + 1, 'Audit log test: member updated')
    await write(users.police, 'view', recordId + 1, 'Audit log test: police viewed')
  })

  it('filters by record', async () => {
    const page = await listAuditEntries(payload, admin, {
      page: 1,
      entityCollection: 'offenders',
      entityId: recordId + 1,
    })
    expect(page.entries.map((entry) => entry.summary)).toEqual([
      'Audit log test: police viewed',
      'Audit log test: member updated',
      'Audit log test: member viewed',
    ])
  })

  it('filters by person, by email or by id', async () => {
    const byEmail = await listAuditEntries(payload, admin, {
      page: 1,
      person: 'member@ntars',
      entityId: recordId + 1,
    })
    expect(byEmail.entries).toHaveLength(2)
    expect(byEmail.entries.every((entry) => entry.actorLabel === 'member@ntars.test')).toBe(true)
    const byId = await listAuditEntries(payload, admin, {
      page: 1,
      person: String(users.police?.id),
      actorCollection: 'members',
      entityId: recordId + 1,
    })
    expect(byId.entries.map((entry) => entry.summary)).toEqual(['Audit log test: police viewed'])
  })

  it('filters by action', async () => {
    const updates = await listAuditEntries(payload, admin, {
      page: 1,
      action: 'update',
      entityId: recordId + 1,
    })
    expect(updates.entries.map((entry) => entry.summary)).toEqual(['Audit log test: member updated'])
  })

  it('filters by UK date, both ends inclusive', async () => {
    const today = londonNowLocal().slice(0, 10)
    const within = await listAuditEntries(payload, admin, {
      page: 1,
      from: today,
      to: today,
      entityId: recordId + 1,
    })
    expect(within.totalDocs).toBe(3)
    const before = await listAuditEntries(payload, admin, {
      page: 1,
      to: '2020-01-01',
      entityId: recordId + 1,
    })
    expect(before.totalDocs).toBe(0)
  })

  it('is refused to an editor', async () => {
    await expect(
      listAuditEntries(payload, users.editor as StaffAccount, { page: 1, entityId: recordId + 1 }),
    ).rejects.toMatchObject({
      name: 'Forbidden',
      status: 403,
      message: 'You are not allowed to perform this action.',
    })
  })
})

describe('refusals and views are logged', () => {
  it('a member reading another business’s report through the Local API is refused', async () => {
    await expect(
      payload.findByID({
        collection: 'incidents',
        id: otherBusinessIncident,
        depth: 0,
        user: users.member ?? undefined,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ name: 'NotFound', status: 404, message: 'Not Found' })
    // The Local API throws to its caller; the members' pages log the refusal (auditMemberRefusal).
    const req = await createLocalReq({ user: users.member ?? undefined }, payload)
    req.headers = new Headers({ 'x-forwarded-for': '203.0.113.7' })
    expect(
      await auditAccessDenied(req, {
        summary: 'Report refused',
        entityCollection: 'incidents',
        entityId: otherBusinessIncident,
      }),
    ).toBe(true)
    const [entry] = await entriesFor({
      action: { equals: 'access-denied' },
      entityCollection: { equals: 'incidents' },
      entityId: { equals: otherBusinessIncident },
    })
    expect(entry).toMatchObject({ actorId: users.member?.id, actorCollection: 'members', ip: '203.0.113.7' })
  })

  it('a missing record is not a refusal', async () => {
    const req = await createLocalReq({ user: users.member ?? undefined }, payload)
    expect(
      await auditAccessDenied(req, {
        summary: 'Report refused',
        entityCollection: 'incidents',
        entityId: 999_999_999,
      }),
    ).toBe(false)
    expect(await entriesFor({ entityId: { equals: 999_999_999 } })).toHaveLength(0)
  })

  it('the afterError hook logs a Forbidden REST request with its path and method, not other errors', async () => {
    const req = await createLocalReq({ user: users.member ?? undefined }, payload)
    // A REST request as routeError hands it to the hook (url and method are read-only on the type).
    Object.assign(req, { url: `http://localhost/api/audit-log?where[id][equals]=${recordId}`, method: 'GET' })
    const collection = payload.collections['audit-log'].config
    const hook = (error: Error) => auditRefusal({ collection, context: {}, error, req, result: {} } as never)
    await hook(new Forbidden())
    const [entry] = await entriesFor({
      action: { equals: 'access-denied' },
      actorId: { equals: users.member?.id },
    })
    expect(entry).toMatchObject({
      summary: 'Refused GET /api/audit-log',
      entityCollection: 'audit-log',
      details: { path: '/api/audit-log', method: 'GET', status: 403 },
    })
    const before = (await entriesFor({})).at(0)?.id
    await hook(Object.assign(new Error('The following field is invalid: name'), { status: 400 }))
    expect((await entriesFor({})).at(0)?.id).toBe(before)
  })

  it('the afterError hook logs a failed staff sign-in with the address tried, never the password', async () => {
    const req = await createLocalReq({}, payload)
    Object.assign(req, { url: 'http://localhost/api/users/login', method: 'POST' })
    req.data = { email: 'Nobody-Audit@ntars.test', password: 'not-logged' }
    await auditRefusal({
      collection: payload.collections.users.config,
      context: {},
      error: Object.assign(new Error('The email or password provided is incorrect.'), { status: 401 }),
      req,
      result: {},
    } as never)
    const [entry] = await entriesFor({ action: { equals: 'login-failed' } })
    expect(entry?.summary).toBe('Staff sign-in refused (invalid)')
    expect(entry?.details).toEqual({
      email: 'nobody-audit@ntars.test',
      path: '/api/users/login',
      method: 'POST',
    })
    expect(JSON.stringify(entry)).not.toContain('not-logged')
  })

  it('a staff member opening an offender in the admin is a view; server reads are not', async () => {
    const offender = (
      await payload.find({
        collection: 'offenders',
        where: { status: { equals: 'approved' } },
        limit: 1,
        depth: 0,
        overrideAccess: true, // test set-up: any profile to open
      })
    ).docs[0]
    if (!offender) throw new Error('The seed has no approved offender')
    const viewsOf = async () =>
      (
        await entriesFor({
          action: { equals: 'view' },
          entityCollection: { equals: 'offenders' },
          entityId: { equals: offender.id },
        })
      ).length
    const before = await viewsOf()
    // What the admin's edit page does (getDocumentData): read as the staff member, drafts included.
    await payload.findByID({
      collection: 'offenders',
      id: offender.id,
      depth: 0,
      draft: true,
      user: admin,
      overrideAccess: false,
    })
    expect(await viewsOf()).toBe(before + 1)
    await payload.findByID({ collection: 'offenders', id: offender.id, depth: 0, overrideAccess: true })
    expect(await viewsOf()).toBe(before + 1)
  })

  it('the evidence file route logs a full-size image as a view, not its thumbnail', async () => {
    const file = (
      await payload.find({
        collection: 'evidence',
        where: { 'sizes.thumbnail.filename': { exists: true } },
        limit: 1,
        depth: 0,
        overrideAccess: true, // test set-up: any stored image
      })
    ).docs[0]
    if (!file?.filename || !file.sizes?.thumbnail?.filename) throw new Error('The seed has no evidence image')
    const viewsOf = async () =>
      (
        await entriesFor({
          action: { equals: 'view' },
          entityCollection: { equals: 'evidence' },
          entityId: { equals: file.id },
        })
      ).length
    const before = await viewsOf()
    const req = await createLocalReq({ user: admin }, payload)
    // Staff have read access `true`, so Payload hands the handler no row: it finds it by filename.
    await auditEvidenceFileView(req, { params: { filename: file.sizes.thumbnail.filename } })
    expect(await viewsOf()).toBe(before)
    await auditEvidenceFileView(req, { params: { filename: file.filename } })
    expect(await viewsOf()).toBe(before + 1)
  })

  it('approving a proposal in the admin edit page is an approval, not just an update', async () => {
    const proposal = await payload.create({
      collection: 'offenders',
      data: { displayName: 'Audit Fixture Proposal', status: 'proposed', gallery: 'known' },
      overrideAccess: true, // test set-up: a proposal to approve
    })
    await payload.update({
      collection: 'offenders',
      id: proposal.id,
      data: { status: 'approved' },
      user: admin,
      overrideAccess: false,
    })
    const [entry] = await entriesFor({
      entityCollection: { equals: 'offenders' },
      entityId: { equals: proposal.id },
    })
    expect(entry).toMatchObject({
      action: 'approve',
      summary: `Approved offender profile #${proposal.id}`,
      actorId: admin.id,
    })
  })
})

describe('scheme settings', () => {
  it('a change to the scheme settings is audit-logged with who made it and which fields changed', async () => {
    const before = await payload.findGlobal({ slug: 'scheme-settings', depth: 0, overrideAccess: true })
    await payload.updateGlobal({
      slug: 'scheme-settings',
      data: { townName: 'Audit Fixture Town' } as never,
      user: admin,
      overrideAccess: false,
    })
    const [entry] = await entriesFor({ entityCollection: { equals: 'scheme-settings' } })
    expect(entry).toMatchObject({
      action: 'update',
      summary: 'Updated the scheme settings',
      actorId: admin.id,
      details: { fields: ['townName'] },
    })
    await payload.updateGlobal({
      slug: 'scheme-settings',
      data: { townName: before.townName } as never,
      overrideAccess: true, // test tidy-up
    })
  })
})
