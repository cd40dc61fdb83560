/**
 * The members' weekly bulletin (jobs/weeklyBulletin.ts): fixtures in the week of Monday 5 March 2012
 * (2012-W10), which no seed data reaches, so its briefings and gallery changes can be checked exactly.
 * Emails are captured from payload.sendEmail; nothing is sent.
 */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type SendEmailOptions } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Account } from '@/access/accountOf'
import { sendWeeklyBulletin } from '@/jobs/weeklyBulletin'
import { postgresOf } from '@/lib/database/postgresOf'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
const overrideAccess = true // test set-up writes fixtures directly
const tag = Math.random().toString(36).slice(2, 8)
const week = '2012-W10'
// The Monday after the week: the job's usual run.
const monday = new Date('2012-03-12T07:00:00.000Z')
const profileNames: string[] = []
const suspendedEmail = `bulletin-suspended-${tag}@ntars.test`
const lapsedEmail = `bulletin-lapsed-${tag}@ntars.test`

const captureEmails = () => {
  const sent: SendEmailOptions[] = []
  vi.spyOn(payload, 'sendEmail').mockImplementation(async (message) => {
    sent.push(message as SendEmailOptions)
    return undefined
  })
  return sent
}
const runJob = async () => sendWeeklyBulletin(await createLocalReq({}, payload), monday)
const addressOf = (message: SendEmailOptions) => String(message.to)
const setBulletinChoice = (role: Role, weeklyBulletin: boolean) =>
  payload.update({
    collection: 'members',
    id: (users[role] as Account).id,
    data: { notifications: { weeklyBulletin } },
    depth: 0,
    user: users[role] ?? undefined,
    overrideAccess: false, // the member's own choice, under their own update access
  })

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  const db = postgresOf(payload).drizzle
  // A run before this one left its fixtures and its sent week: start from none (test set-up).
  await payload.delete({ collection: 'bulletin-weeks', where: { week: { equals: week } }, overrideAccess })
  await payload.delete({
    collection: 'briefings',
    where: { title: { like: 'Bulletinfixture' } },
    overrideAccess,
  })
  await payload.delete({
    collection: 'offenders',
    where: { firstName: { equals: 'Bulletinfixture' } },
    overrideAccess,
  })

  const briefing = (title: string, publishedAt: string, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'briefings',
      data: {
        title: `Bulletinfixture ${title} ${tag}`,
        slug: `bulletinfixture-${title.replace(/ /g, '-')}-${tag}`,
        kind: 'news',
        audience: 'members',
        summary: 'A fixture briefing.',
        publishedAt,
        _status: status,
      },
      draft: status === 'draft',
      context: { skipAlertEmail: true },
      overrideAccess,
    })
  await briefing('radio training', '2012-03-05T09:00:00.000Z')
  // 23:30 on Sunday 11 March in London (GMT): still the week.
  await briefing('late opening', '2012-03-11T23:30:00.000Z')
  await briefing('draft only', '2012-03-07T09:00:00.000Z', 'draft')
  await briefing('next week', '2012-03-12T00:30:00.000Z')

  const profile = async (
    lastName: string,
    stamps: { approved?: string; updated?: string; archived?: string },
  ) => {
    const created = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Bulletinfixture',
        lastName: `${lastName}${tag}`,
        status: 'approved',
        gallery: 'known',
      },
      overrideAccess,
    })
    profileNames.push(`${lastName}${tag}`)
    // The job reads these stamps; set them in the fixture week directly (test set-up).
    await db.execute(sql`
      UPDATE offenders SET approved_at = ${stamps.approved ?? '2012-01-02T10:00:00.000Z'},
        updated_at = ${stamps.updated ?? stamps.approved ?? '2012-01-02T10:00:00.000Z'},
        archived_at = ${stamps.archived ?? null}
      WHERE id = ${created.id}`)
    return created
  }
  await profile('Newone', { approved: '2012-03-06T10:00:00.000Z' })
  await profile('Newtwo', { approved: '2012-03-10T10:00:00.000Z' })
  await profile('Edited', { updated: '2012-03-08T10:00:00.000Z' })
  await profile('Gone', { archived: '2012-03-09T10:00:00.000Z' })
  await profile('Untouched', {})

  const [business] = (
    await payload.find({
      collection: 'businesses',
      where: { membershipStatus: { equals: 'active' } },
      limit: 1,
      depth: 0,
      overrideAccess,
    })
  ).docs
  const lapsed = await payload.create({
    collection: 'businesses',
    data: {
      name: `Bulletinfixture Lapsed ${tag}`,
      category: 'retail',
      address: { line1: '3 Fixture Row' },
      membershipStatus: 'suspended',
    },
    overrideAccess,
  })
  const account = (email: string, businessId: number, accountStatus: 'active' | 'suspended') =>
    payload.create({
      collection: 'members',
      data: {
        email,
        name: 'Bulletin Fixture',
        password: `Fixture-${tag}-passphrase-long`,
        role: 'member',
        business: businessId,
        accountStatus,
      },
      overrideAccess,
    })
  await account(suspendedEmail, business?.id as number, 'suspended')
  await account(lapsedEmail, lapsed.id, 'active')
  await setBulletinChoice('member', false)
})

afterEach(() => {
  vi.restoreAllMocks()
})

afterAll(async () => {
  await setBulletinChoice('member', true)
})

describe('weekly bulletin', () => {
  let sent: SendEmailOptions[] = []
  let result: Awaited<ReturnType<typeof sendWeeklyBulletin>>

  it('sends the week’s briefings and gallery changes', async () => {
    sent = captureEmails()
    result = await runJob()
    expect(result).toMatchObject({ week, sent: true })
    expect(result.emails).toBe(sent.length)
    expect(sent.length).toBeGreaterThan(0)
    const [first] = sent
    const html = String(first?.html)
    const text = String(first?.text)
    for (const body of [html, text]) {
      expect(body).toContain(`Bulletinfixture radio training ${tag}`)
      expect(body).toContain(`Bulletinfixture late opening ${tag}`)
      expect(body).not.toContain('draft only')
      expect(body).not.toContain('next week')
      expect(body).toContain('2 new profiles, 1 profile updated, 1 profile removed')
      expect(body).toContain('/members')
    }
    expect(String(first?.subject)).toContain('5 Mar 2012 to 11 Mar 2012')
    // Every member gets the same message.
    expect(new Set(sent.map((message) => message.html)).size).toBe(1)
  })

  it('names no profile and no business', async () => {
    const businesses = await payload.find({
      collection: 'businesses',
      select: { name: true },
      depth: 0,
      pagination: false,
      overrideAccess,
    })
    const [first] = sent
    const bodies = [String(first?.html), String(first?.text), String(first?.subject)]
    for (const name of [
      ...profileNames,
      'Bulletinfixture Newone',
      ...businesses.docs.map((doc) => doc.name),
    ]) {
      for (const body of bodies) expect(body).not.toContain(name)
    }
  })

  it('goes to active members of active businesses who have not opted out', async () => {
    const addresses = sent.map(addressOf)
    expect(addresses).toContain('shopmanager@ntars.test')
    expect(addresses).toContain('police@ntars.test')
    // member@ turned it off in their account.
    expect(addresses).not.toContain('member@ntars.test')
    expect(addresses).not.toContain(suspendedEmail)
    expect(addresses).not.toContain(lapsedEmail)
    expect(new Set(addresses).size).toBe(addresses.length)
  })

  it('records the week and audit-logs the send as a count', async () => {
    const record = await payload.find({
      collection: 'bulletin-weeks',
      where: { week: { equals: week } },
      overrideAccess,
    })
    expect(record.docs).toHaveLength(1)
    expect(record.docs[0]?.recipients).toBe(sent.length)
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { entityCollection: { equals: 'bulletin-weeks' } },
          { entityId: { equals: record.docs[0]?.id } },
        ],
      },
      overrideAccess,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]?.details).toMatchObject({ week, recipients: sent.length })
    expect(JSON.stringify(audit.docs[0])).not.toContain('@ntars.test"')
  })

  it('is sent once per week however often the job runs', async () => {
    const again = captureEmails()
    expect(await runJob()).toMatchObject({ week, sent: false, emails: 0 })
    expect(again).toHaveLength(0)
  })

  it('lets a member turn it back on, and only their own choice', async () => {
    await setBulletinChoice('member', true)
    const member = await payload.findByID({
      collection: 'members',
      id: (users.member as Account).id,
      overrideAccess,
    })
    expect(member.notifications?.weeklyBulletin).toBe(true)
    // Another account's choice is not a member's to change.
    const other = await payload
      .update({
        collection: 'members',
        id: (users.police as Account).id,
        data: { notifications: { weeklyBulletin: false } },
        user: users.member ?? undefined,
        overrideAccess: false,
      })
      .then(
        () => 'allowed',
        () => 'denied',
      )
    expect(other).toBe('denied')
  })
})
