/**
 * Instant alerts (docs/push-alerts.md): a member's devices subscribe to web push; an "in town now" alert from
 * police or scheme staff reaches the members of the chosen businesses through a real push service (a local
 * HTTPS stand-in that decrypts each message), carries nothing that identifies the person, respects each
 * device's preferences and quiet hours (urgent alerts do not wait), and falls back to email for members
 * with no device. The profile is shown only on /alerts/<id>, as the member, for members in the audience who
 * see the gallery. Every send and every open is audited.
 */
import { format } from 'date-fns'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Account, MemberAccount } from '@/access/accountOf'
import { sendPushToMember } from '@/collections/PushSubscriptions/sendPushToMember'
import { deliverBulletin } from '@/features/bulletin/deliverBulletin'
import { openTownAlert } from '@/features/pushAlerts/openTownAlert'
import { removePushSubscription } from '@/features/pushAlerts/removePushSubscription'
import { savePushSubscription } from '@/features/pushAlerts/savePushSubscription'
import { sendTownAlert } from '@/features/pushAlerts/sendTownAlert'
import { askOnReport } from '@/features/reportConversations/askOnReport'
import { inLondon } from '@/lib/time/zones'
import { attempt } from '../helpers/attempt'
import { startLocalPushService } from '../helpers/localPushService'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let member: MemberAccount
let manager: MemberAccount
let member2: MemberAccount
let pushService: Awaited<ReturnType<typeof startLocalPushService>>
let offenderId: number
const overrideAccess = true // test set-up and reading back what was stored
const as = (account: Account | null) => ({ user: account ?? undefined, overrideAccess: false as const })
const tag = Math.random().toString(36).slice(2, 8)
const profileName = { firstName: 'Quillon', lastName: `Marrowgate${tag}` }
const profileWords = ['Quillon', `Marrowgate${tag}`, 'teal parka', 'star tattoo', '/photos/']

const subscriptionsOf = (account: Account) =>
  payload.find({
    collection: 'push-subscriptions',
    where: { member: { equals: account.id } },
    depth: 0,
    overrideAccess,
  })

const subscribe = async (account: MemberAccount, name: string, extra: Record<string, unknown> = {}) => {
  const device = pushService.device(`${name}-${tag}`)
  const result = await savePushSubscription(payload, account, {
    endpoint: device.endpoint,
    keys: device.keys,
    deviceLabel: 'Chrome on Android',
    ...extra,
  })
  if (!result.ok) throw new Error(result.message)
  return { device, id: result.id }
}

const auditEntries = (entityCollection: string, entityId: number) =>
  payload.find({
    collection: 'audit-log',
    where: { entityCollection: { equals: entityCollection }, entityId: { equals: entityId } },
    depth: 0,
    overrideAccess,
  })

beforeAll(async () => {
  // The local stand-in for a push service (lib/env/pushServiceHosts.ts: the real services are the default).
  process.env.NTARS_PUSH_SERVICE_HOSTS = '127.0.0.1'
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  manager = users['business-manager'] as MemberAccount
  const found = await payload.find({
    collection: 'members',
    where: { email: { equals: 'member2@ntars.test' } },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  member2 = { ...found.docs[0], collection: 'members' } as MemberAccount
  const profile = await payload.create({
    collection: 'offenders',
    data: {
      ...profileName,
      status: 'approved',
      gallery: 'known',
      appearance: { usualClothing: 'teal parka', distinguishingFeatures: 'star tattoo on the left hand' },
    },
    overrideAccess,
  })
  offenderId = profile.id
  // Devices left by an earlier run point at a push service that is gone: start each run with none.
  await payload.delete({
    collection: 'push-subscriptions',
    where: { member: { in: [member.id, manager.id, member2.id] } },
    overrideAccess,
  })
  pushService = await startLocalPushService()
})

afterEach(() => {
  vi.restoreAllMocks()
})

afterAll(async () => {
  await pushService?.stop()
})

describe('push subscriptions', () => {
  it('stores one subscription per device, owned by the member from the session', async () => {
    const phone = await subscribe(member, 'phone')
    const tablet = await subscribe(member, 'tablet')
    const stored = await subscriptionsOf(member)
    const ids = stored.docs.map((doc) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([phone.id, tablet.id]))
    const doc = stored.docs.find((entry) => entry.id === phone.id)
    expect(doc?.endpoint).toBe(phone.device.endpoint)
    expect(doc?.deviceLabel).toBe('Chrome on Android')
    // Saving the same device again updates it rather than adding a second row.
    const again = await savePushSubscription(payload, member, {
      endpoint: phone.device.endpoint,
      keys: phone.device.keys,
      deviceLabel: 'Chrome on Android',
    })
    expect(again).toMatchObject({ ok: true, id: phone.id })
    // The member reads it back through the collection's own access.
    const own = await payload.findByID({ collection: 'push-subscriptions', id: phone.id, ...as(member) })
    expect(own.id).toBe(phone.id)
  })

  it('refuses bad input and writes nothing', async () => {
    const before = (await subscriptionsOf(member)).totalDocs
    const result = await savePushSubscription(payload, member, {
      endpoint: 'http://127.0.0.1/not-https',
      keys: { p256dh: 'short', auth: 'x' },
    })
    expect(result.ok).toBe(false)
    expect((await subscriptionsOf(member)).totalDocs).toBe(before)
  })

  it('another member cannot read, change or delete it; scheme staff can read it', async () => {
    const { id } = await subscribe(member, 'private')
    expect(
      await attempt(() => payload.findByID({ collection: 'push-subscriptions', id, ...as(manager) })),
    ).toBe('denied')
    const listed = await payload.find({
      collection: 'push-subscriptions',
      where: { id: { equals: id } },
      ...as(member2),
    })
    expect(listed.totalDocs).toBe(0)
    expect(
      await attempt(() =>
        payload.update({
          collection: 'push-subscriptions',
          id,
          data: { preferences: { inTown: false } },
          ...as(manager),
        }),
      ),
    ).toBe('denied')
    expect(
      await attempt(() => payload.delete({ collection: 'push-subscriptions', id, ...as(member2) })),
    ).toBe('denied')
    const stored = await payload.findByID({ collection: 'push-subscriptions', id, depth: 0, overrideAccess })
    expect(stored.preferences?.inTown).toBe(true)
    const staffRead = await payload.findByID({
      collection: 'push-subscriptions',
      id,
      ...as(users['scheme-manager']),
    })
    expect(staffRead.id).toBe(id)
    // A member cannot give their subscription to someone else.
    await payload.update({
      collection: 'push-subscriptions',
      id,
      data: { member: member2.id },
      ...as(member),
    })
    const after = await payload.findByID({ collection: 'push-subscriptions', id, depth: 0, overrideAccess })
    expect(after.member).toBe(member.id)
    // The owner removes it.
    expect(await removePushSubscription(payload, member, pushService.device(`private-${tag}`).endpoint)).toBe(
      true,
    )
    expect(
      await attempt(() => payload.findByID({ collection: 'push-subscriptions', id, overrideAccess })),
    ).toBe('denied')
  })
})

describe('sending', () => {
  it('sendPushToMember encrypts to each device and the device decrypts it', async () => {
    const { device } = await subscribe(manager, 'manager-phone')
    const req = await createLocalReq({}, payload)
    const result = await sendPushToMember(req, manager.id, 'urgent', {
      title: 'NTARS',
      body: 'Test message',
      url: '/members',
    })
    expect(result.delivered).toBeGreaterThanOrEqual(1)
    const got = pushService.delivered.filter((entry) => entry.device === device.name)
    expect(got).toHaveLength(1)
    expect(JSON.parse(got[0]?.text ?? '{}')).toMatchObject({
      title: 'NTARS',
      body: 'Test message',
      url: '/members',
    })
    expect(String(got[0]?.headers.authorization)).toMatch(/^vapid t=.+, k=.+/)
    const stored = await payload.findByID({
      collection: 'push-subscriptions',
      id: (await subscriptionsOf(manager)).docs.find((doc) => doc.endpoint === device.endpoint)?.id ?? 0,
      overrideAccess,
    })
    expect(stored.lastSuccessAt).toBeTruthy()
  })

  it('honours preferences and quiet hours; urgent alerts ignore quiet hours', async () => {
    const now = new Date()
    const quietHours = {
      start: format(new Date(now.getTime() - 3_600_000), 'HH:mm', { in: inLondon }),
      end: format(new Date(now.getTime() + 3_600_000), 'HH:mm', { in: inLondon }),
    }
    const quiet = await subscribe(member2, 'quiet', { quietHours })
    const noTown = await subscribe(member2, 'no-town', { preferences: { inTown: false } })
    const req = await createLocalReq({}, payload)
    const message = { title: 'NTARS', body: 'Hello', url: '/members' }
    const town = await sendPushToMember(req, member2.id, 'in-town', message, { now })
    expect(town.delivered).toBe(0)
    expect(town.skipped).toBe(2)
    const urgent = await sendPushToMember(req, member2.id, 'urgent', message, { now })
    expect(urgent.delivered).toBe(2)
    const names = pushService.delivered.map((entry) => entry.device)
    expect(names.filter((name) => name === quiet.device.name)).toHaveLength(1)
    expect(names.filter((name) => name === noTown.device.name)).toHaveLength(1)
  })

  it('sends nothing to a suspended account', async () => {
    await subscribe(member2, 'suspended')
    await payload.update({
      collection: 'members',
      id: member2.id,
      data: { accountStatus: 'suspended' },
      overrideAccess,
    })
    try {
      const req = await createLocalReq({}, payload)
      const result = await sendPushToMember(req, member2.id, 'urgent', {
        title: 'NTARS',
        body: 'x',
        url: '/',
      })
      expect(result).toMatchObject({ inactive: true, delivered: 0 })
    } finally {
      await payload.update({
        collection: 'members',
        id: member2.id,
        data: { accountStatus: 'active' },
        overrideAccess,
      })
    }
  })

  it('deletes a subscription the push service answers 410 (gone)', async () => {
    const { device, id } = await subscribe(manager, 'gone')
    pushService.answer(device.name, 410)
    const req = await createLocalReq({}, payload)
    const result = await sendPushToMember(req, manager.id, 'urgent', { title: 'NTARS', body: 'x', url: '/' })
    expect(result.removed).toBeGreaterThanOrEqual(1)
    expect(
      await attempt(() => payload.findByID({ collection: 'push-subscriptions', id, overrideAccess })),
    ).toBe('denied')
  })
})

describe('limits on devices', () => {
  it('refuses a push address that is not a push service: the server would call it', async () => {
    for (const endpoint of [
      'https://internal.example/hook',
      'https://169.254.169.254/latest',
      'https://localhost/x',
    ]) {
      const result = await savePushSubscription(payload, member2, {
        endpoint,
        keys: pushService.device(`ssrf-${tag}`).keys,
        deviceLabel: 'Chrome on Android',
      })
      expect(result).toEqual({ ok: false, message: 'This browser’s push service is not one NTARS sends to.' })
    }
  })

  it('takes at most 10 devices per account', async () => {
    const have = (await subscriptionsOf(member2)).totalDocs
    for (let index = have; index < 10; index++) await subscribe(member2, `cap-${index}`)
    const device = pushService.device(`cap-over-${tag}`)
    const result = await savePushSubscription(payload, member2, {
      endpoint: device.endpoint,
      keys: device.keys,
      deviceLabel: 'Chrome on Android',
    })
    expect(result.ok).toBe(false)
    expect((await subscriptionsOf(member2)).totalDocs).toBe(10)
    await payload.delete({
      collection: 'push-subscriptions',
      where: { member: { equals: member2.id } },
      overrideAccess,
    })
  })

  it('drops a device after 5 failed sends in a row', async () => {
    const { device, id } = await subscribe(manager, 'failing')
    pushService.answer(device.name, 500)
    const req = await createLocalReq({}, payload)
    for (let attempt = 0; attempt < 5; attempt++)
      await sendPushToMember(req, manager.id, 'urgent', { title: 'NTARS', body: 'x', url: '/members' })
    const left = await payload.count({
      collection: 'push-subscriptions',
      where: { id: { equals: id } },
      overrideAccess,
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('other features push through the same sender', () => {
  it('a question on a member’s report reaches their phone (generic text), and no email is sent', async () => {
    const { device } = await subscribe(member2, 'report-question')
    const incident = await payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: 'Push fixture: took a box of batteries.',
      } as never,
      user: member2,
      overrideAccess: false,
    })
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const before = pushService.delivered.length
    const asked = await askOnReport(payload, users.police, {
      incidentId: incident.id,
      kind: 'question',
      body: 'Which way did he go?',
    })
    expect(asked.ok).toBe(true)
    const got = pushService.delivered.slice(before).filter((entry) => entry.device === device.name)
    expect(got).toHaveLength(1)
    const message = JSON.parse(got[0]?.text ?? '{}')
    expect(message.body).toMatch(/^A question about report .+ is waiting for you\.$/)
    expect(message.url).toBe(`/incidents/${incident.id}#conversation`)
    expect(got[0]?.text).not.toContain('Which way')
    expect(send).not.toHaveBeenCalled()
  })

  it('the weekly bulletin nudges the devices where the member chose the digest, beside the email', async () => {
    const { device } = await subscribe(manager, 'digest-on', { preferences: { digest: true } })
    const { device: off } = await subscribe(manager, 'digest-off')
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const before = pushService.delivered.length
    const req = await createLocalReq({}, payload)
    await deliverBulletin(req, { id: manager.id, email: manager.email, name: manager.name }, {
      subject: 'Bulletin',
      html: '<p>x</p>',
      text: 'x',
    } as never)
    expect(send).toHaveBeenCalledTimes(1)
    const names = pushService.delivered.slice(before).map((entry) => entry.device)
    expect(names).toContain(device.name)
    expect(names).not.toContain(off.name)
  })
})

describe('an account deleted', () => {
  it('takes its devices with it: no endpoint or keys are left behind', async () => {
    const leaver = (await payload.create({
      collection: 'members',
      data: {
        name: 'Leaving Fixture',
        email: `leaver-${tag}@ntars.test`,
        password: `leaver-${tag}-Passphrase-9`,
        role: 'member',
        business: member2.business,
        accountStatus: 'active',
      } as never,
      overrideAccess,
    })) as unknown as MemberAccount
    const { id } = await subscribe({ ...leaver, collection: 'members' } as MemberAccount, 'leaver')
    expect((await subscriptionsOf(leaver)).totalDocs).toBe(1)
    await payload.delete({ collection: 'members', id: leaver.id, overrideAccess })
    const left = await payload.count({
      collection: 'push-subscriptions',
      where: { id: { equals: id } },
      overrideAccess,
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('"in town now" alerts', () => {
  it('reaches the audience with nothing identifying, emails members with no device, and audits the send', async () => {
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const { device } = await subscribe(member, 'alert-phone')
    const deliveredBefore = pushService.delivered.length
    const result = await sendTownAlert(payload, users.police, {
      offender: offenderId,
      place: 'the bus station',
      audience: { kind: 'area', area: 'NB1 1' },
    })
    if (!result.ok) throw new Error(result.message)
    const got = pushService.delivered.slice(deliveredBefore).filter((entry) => entry.device === device.name)
    expect(got).toHaveLength(1)
    const text = got[0]?.text ?? ''
    const message = JSON.parse(text)
    expect(message.body).toContain('the bus station')
    expect(message.url).toBe(`/alerts/${result.id}`)
    for (const word of profileWords) expect(text).not.toContain(word)
    expect(text).not.toContain(`offenders/${offenderId}`)
    // Emails only to audience members with no device, and no name in them either.
    const emails = send.mock.calls.map(([email]) => email)
    expect(emails.some((email) => email.to === member.email)).toBe(false)
    for (const email of emails) {
      for (const word of profileWords) expect(JSON.stringify(email)).not.toContain(word)
    }
    expect(emails.some((email) => email.to === member2.email)).toBe(false)

    const alert = await payload.findByID({
      collection: 'town-alerts',
      id: result.id,
      depth: 0,
      overrideAccess,
    })
    expect(alert.sentBy).toMatchObject({ relationTo: 'members', value: users.police?.id })
    expect(alert.counts?.pushed).toBeGreaterThanOrEqual(1)
    const audit = await auditEntries('town-alerts', result.id)
    expect(audit.docs.some((entry) => entry.action === 'create')).toBe(true)
  })

  it('only police and scheme staff send; the profile must be one the sender may read', async () => {
    const input = { offender: offenderId, place: 'the market', audience: { kind: 'all' as const } }
    expect(await sendTownAlert(payload, member, input)).toMatchObject({ ok: false })
    expect(await sendTownAlert(payload, users.editor, input)).toMatchObject({ ok: false })
    const proposed = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Proposed', lastName: tag, status: 'proposed', gallery: 'known' },
      overrideAccess,
    })
    expect(await sendTownAlert(payload, users.police, { ...input, offender: proposed.id })).toMatchObject({
      ok: false,
    })
    expect(await sendTownAlert(payload, users.police, { ...input, place: '' })).toMatchObject({ ok: false })
  })

  it('refuses a place that names the profile (it shows on lock screens), sending and storing nothing', async () => {
    const countAlerts = async () =>
      (await payload.count({ collection: 'town-alerts', overrideAccess })).totalDocs
    const before = { alerts: await countAlerts(), delivered: pushService.delivered.length }
    for (const place of ['quillon by the bus station', `outside the bakery, ${profileName.lastName}`]) {
      const result = await sendTownAlert(payload, users.police, {
        offender: offenderId,
        place,
        audience: { kind: 'all' },
      })
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/lock screens/) })
    }
    // The collection holds the rule, so a staff member creating the record any other way meets it too.
    await expect(
      payload.create({
        collection: 'town-alerts',
        data: { offender: offenderId, place: 'Quillon at the market', audience: { kind: 'all' } },
        ...as(users.police),
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'place', message: expect.stringMatching(/lock screens/) }] },
    })
    expect(await countAlerts()).toBe(before.alerts)
    expect(pushService.delivered.length).toBe(before.delivered)
  })

  it('opens for the audience as the member, audits the open, and refuses everyone else', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const result = await sendTownAlert(payload, users['scheme-manager'], {
      offender: offenderId,
      place: 'the library steps',
      audience: { kind: 'category', category: 'food-and-drink' },
    })
    if (!result.ok) throw new Error(result.message)
    const opened = await openTownAlert(payload, member, result.id, { via: 'push' })
    expect(opened?.profile.id).toBe(offenderId)
    expect(opened?.place).toBe('the library steps')
    const audit = await auditEntries('town-alerts', result.id)
    expect(audit.docs.some((entry) => entry.action === 'view' && entry.actorId === member.id)).toBe(true)

    // Lantern Books is retail: member2 was not in the audience.
    expect(await openTownAlert(payload, member2, result.id)).toBeNull()
    expect(
      await attempt(() => payload.findByID({ collection: 'town-alerts', id: result.id, ...as(member2) })),
    ).toBe('denied')
    // Police and scheme staff read every alert; editors and partners none.
    for (const role of ['police', 'scheme-manager', 'admin'] as const) {
      const read = await payload.findByID({ collection: 'town-alerts', id: result.id, ...as(users[role]) })
      expect(read.id).toBe(result.id)
    }
    for (const role of ['editor', 'partner-asb', 'anonymous'] as const) {
      expect(
        await attempt(() =>
          payload.findByID({ collection: 'town-alerts', id: result.id, ...as(users[role]) }),
        ),
      ).toBe('denied')
    }
  })

  it('a member in the audience who may no longer see the profile gets nothing', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const result = await sendTownAlert(payload, users.police, {
      offender: offenderId,
      place: 'the car park',
      audience: { kind: 'all' },
    })
    if (!result.ok) throw new Error(result.message)
    await payload.update({
      collection: 'offenders',
      id: offenderId,
      data: { safeguarding: true },
      overrideAccess,
    })
    try {
      expect(await openTownAlert(payload, member, result.id)).toBeNull()
    } finally {
      await payload.update({
        collection: 'offenders',
        id: offenderId,
        data: { safeguarding: false },
        overrideAccess,
      })
    }
  })
})
