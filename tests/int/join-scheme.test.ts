/**
 * Joining the scheme from the public site (features/join/submitApplication, behind the /join form's server action)
 * and staff review of applications (the businesses collection's decision hooks): clear messages that write
 * nothing, the honeypot, the rate limits in PostgreSQL, applicants that stay applicants, no public REST
 * create, and approval or rejection with their emails and the business manager's invitation.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Account } from '@/access/accountOf'
import { createBusinesses } from '@/collections/Businesses/access/createBusinesses'
import { joinLimits } from '@/features/join/joinLimits'
import { submitApplication } from '@/features/join/submitApplication'
import { hitRateLimit } from '@/lib/rateLimit/hitRateLimit'
import { rateLimitKey } from '@/lib/rateLimit/rateLimitKey'
import { attempt } from '../helpers/attempt'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let manager: Account
let member: Account
const overrideAccess = true // test set-up and reading back what was stored

const unique = () => Math.random().toString(36).slice(2, 10)
const testIp = () => `192.0.2.${unique()}` // a distinct client per test, so limits never leak between tests

const application = (extra: Record<string, string> = {}): Record<string, string> => ({
  businessName: `Test Bakery ${unique()}`,
  addressLine1: '12 Market Street',
  addressLine2: 'Northbrook',
  postcode: 'nb1  4ab',
  category: 'food-and-drink',
  contactName: 'Jo Baker',
  contactEmail: `jo-${unique()}@example.test`,
  contactPhone: '01632 960123',
  agreeToTerms: 'true',
  ...extra,
})

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

const counts = async () => ({
  businesses: (await payload.count({ collection: 'businesses', overrideAccess })).totalDocs,
  members: (await payload.count({ collection: 'members', overrideAccess })).totalDocs,
  rateLimits: (await payload.count({ collection: 'rate-limits', overrideAccess })).totalDocs,
})

const businessNamed = async (name: string) =>
  payload.find({ collection: 'businesses', where: { name: { equals: name } }, depth: 0, overrideAccess })

const membersWithEmail = async (email: string) =>
  payload.find({
    collection: 'members',
    where: { email: { equals: email } },
    depth: 0,
    showHiddenFields: true,
    overrideAccess,
  })

/** Sends a valid application and returns the applicant business it created. */
const apply = async (extra: Record<string, string> = {}) => {
  const fields = application(extra)
  const result = await submitApplication(form(fields), { ip: testIp() })
  expect(result).toEqual({ ok: true, email: fields.contactEmail })
  const found = await businessNamed(fields.businessName as string)
  expect(found.totalDocs).toBe(1)
  return { fields, business: found.docs[0] as NonNullable<(typeof found.docs)[number]> }
}

const sentEmails = () => vi.mocked(payload.sendEmail).mock.calls.map(([message]) => message)

beforeAll(async () => {
  payload = await testPayload()
  const users = await loadRoleUsers(payload)
  manager = users['scheme-manager'] as Account
  member = users.member as Account
})

afterEach(() => {
  vi.restoreAllMocks()
})

const spyOnEmail = () => vi.spyOn(payload, 'sendEmail')

describe('bad input gets a clear message for its field and writes nothing', () => {
  const cases: [string, Record<string, string>, string, string | RegExp][] = [
    ['no business name', { businessName: '  ' }, 'businessName', 'Enter the name of your business.'],
    ['a huge business name', { businessName: 'x'.repeat(161) }, 'businessName', /too long/],
    ['no address', { addressLine1: '' }, 'addressLine1', /first line of the business’s address/],
    ['a huge second address line', { addressLine2: 'x'.repeat(161) }, 'addressLine2', /too long/],
    ['no postcode', { postcode: '' }, 'postcode', 'Enter the business’s postcode.'],
    ['a postcode that is not one', { postcode: 'ABC 123' }, 'postcode', /full UK postcode/],
    ['no category', { category: '' }, 'category', 'Choose the kind of business.'],
    ['an unknown category', { category: 'casino' }, 'category', 'Choose the kind of business.'],
    ['no contact name', { contactName: '' }, 'contactName', 'Enter your name.'],
    ['no email', { contactEmail: '' }, 'contactEmail', /Enter your email address/],
    ['an email that is not one', { contactEmail: 'jo at example' }, 'contactEmail', /like name@example/],
    ['no phone', { contactPhone: '' }, 'contactPhone', /phone number the scheme team can call/],
    ['a phone with letters', { contactPhone: 'ring the shop' }, 'contactPhone', /like 01604 123456/],
    ['a phone too short', { contactPhone: '01632' }, 'contactPhone', /like 01604 123456/],
    ['the terms not agreed', { agreeToTerms: 'false' }, 'agreeToTerms', /Tick the box to agree/],
  ]
  for (const [name, change, field, message] of cases) {
    it(`refuses ${name}`, async () => {
      const email = spyOnEmail()
      const before = await counts()
      const result = await submitApplication(form(application(change)), { ip: testIp() })
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.message).toBe('Some answers need another look.')
      expect(result.fieldErrors?.[field]).toMatch(message)
      expect(await counts()).toEqual(before)
      expect(email).not.toHaveBeenCalled()
    })
  }

  it('refuses a form with no fields at all, with a message for each required one', async () => {
    const before = await counts()
    const result = await submitApplication(new FormData(), { ip: testIp() })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
      [
        'addressLine1',
        'agreeToTerms',
        'businessName',
        'category',
        'contactEmail',
        'contactName',
        'contactPhone',
        'postcode',
      ].sort(),
    )
    expect(await counts()).toEqual(before)
  })
})

describe('the honeypot', () => {
  it('answers a filled trap field as if all went well, and writes and sends nothing', async () => {
    const email = spyOnEmail()
    const before = await counts()
    const fields = application({ website: 'https://cheap-watches.example' })
    const result = await submitApplication(form(fields), { ip: testIp() })
    expect(result).toEqual({ ok: true, email: fields.contactEmail })
    expect(await counts()).toEqual(before)
    expect((await businessNamed(fields.businessName as string)).totalDocs).toBe(0)
    expect(email).not.toHaveBeenCalled()
  })
})

describe('a valid application', () => {
  it('creates exactly one applicant business, whatever status the form tries to send', async () => {
    const email = spyOnEmail()
    const before = await counts()
    const fields = application({
      membershipStatus: 'active',
      'agreement.signedAt': '2020-01-01T00:00:00.000Z',
      adoptingOfficer: '1',
      isAdopted: 'true',
    })
    const result = await submitApplication(form(fields), { ip: testIp() })
    expect(result).toEqual({ ok: true, email: fields.contactEmail })
    const after = await counts()
    expect(after.businesses - before.businesses).toBe(1)
    expect(after.members).toBe(before.members)

    const found = await businessNamed(fields.businessName as string)
    expect(found.totalDocs).toBe(1)
    const business = found.docs[0]
    expect(business?.membershipStatus).toBe('applicant')
    expect(business?.isAdopted).toBe(false)
    expect(business?.adoptingOfficer ?? null).toBeNull()
    expect(business?.agreement?.signedAt ?? null).toBeNull()
    expect(business?.category).toBe('food-and-drink')
    expect(business?.address).toMatchObject({
      line1: '12 Market Street',
      line2: 'Northbrook',
      postcode: 'NB1 4AB',
    })
    expect(business?.contact).toMatchObject({
      name: 'Jo Baker',
      email: fields.contactEmail,
      phone: '01632 960123',
    })
    const agreedAt = new Date(business?.application?.termsAcceptedAt ?? 0).getTime()
    expect(Math.abs(Date.now() - agreedAt)).toBeLessThan(60_000)

    expect(email).toHaveBeenCalledTimes(1)
    const [message] = sentEmails()
    expect(message?.to).toBe(fields.contactEmail)
    expect(message?.subject).toMatch(/We have your application/)
    expect(message?.html).toContain(fields.businessName)
  })

  it('escapes what the applicant typed in the confirmation email', async () => {
    spyOnEmail()
    await apply({ contactName: '<img src=x onerror=alert(1)> Jo' })
    const [message] = sentEmails()
    expect(message?.html).toContain('&lt;img src=x onerror=alert(1)&gt; Jo')
    expect(message?.html).not.toContain('<img')
  })

  it('is not visible to the public once made (an applicant is not an adopted shop)', async () => {
    const { business } = await apply()
    const result = await attempt(() =>
      payload.findByID({ collection: 'businesses', id: business.id, depth: 0, overrideAccess: false }),
    )
    expect(result).toBe('denied')
  })
})

describe('the rate limits', () => {
  it(`refuse a ${joinLimits.perEmail.limit + 1}th application with one email in a day, and write nothing`, async () => {
    const contactEmail = `limit-${unique()}@example.test`
    for (let sent = 0; sent < joinLimits.perEmail.limit; sent++) await apply({ contactEmail })
    const before = await counts()
    const email = spyOnEmail()
    const result = await submitApplication(form(application({ contactEmail })), { ip: testIp() })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(/with this email address today/)
    expect((await counts()).businesses).toBe(before.businesses)
    expect(email).not.toHaveBeenCalled()
  })

  it(`refuse a ${joinLimits.perIp.limit + 1}th application from one address in an hour, and write nothing`, async () => {
    const ip = testIp()
    for (let sent = 0; sent < joinLimits.perIp.limit; sent++) {
      expect((await submitApplication(form(application()), { ip })).ok).toBe(true)
    }
    const before = await counts()
    const result = await submitApplication(form(application()), { ip })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(/from this connection in the last hour/)
    expect((await counts()).businesses).toBe(before.businesses)
  })

  it('count concurrent hits exactly (one atomic upsert per hit)', async () => {
    const rule = { key: rateLimitKey('test', unique()), limit: 5, windowSeconds: 3600 }
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(payload, rule)))
    expect(outcomes.map((outcome) => outcome.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, index) => index + 1),
    )
    expect(outcomes.filter((outcome) => outcome.allowed)).toHaveLength(5)
  })

  it('start counting again once the window has passed', async () => {
    const rule = { key: rateLimitKey('test', unique()), limit: 1, windowSeconds: 1 }
    expect(await hitRateLimit(payload, rule)).toEqual({ allowed: true, count: 1 })
    expect(await hitRateLimit(payload, rule)).toEqual({ allowed: false, count: 2 })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await hitRateLimit(payload, rule)).toEqual({ allowed: true, count: 1 })
  })

  it('store keyed hashes, never the address or email itself', async () => {
    const contactEmail = `hashed-${unique()}@example.test`
    await apply({ contactEmail })
    const rows = await payload.find({ collection: 'rate-limits', limit: 1000, depth: 0, overrideAccess })
    expect(JSON.stringify(rows.docs)).not.toContain(contactEmail)
    expect(rows.docs.some((row) => row.key === rateLimitKey('join-email', contactEmail))).toBe(true)
  })

  it('cannot be read or changed by anyone through the API, staff included', async () => {
    for (const user of [undefined, manager, member]) {
      expect(
        await attempt(() => payload.find({ collection: 'rate-limits', user, overrideAccess: false })),
      ).toBe('denied')
      expect(
        await attempt(() =>
          payload.create({
            collection: 'rate-limits',
            data: { key: `forged-${unique()}`, windowStart: new Date().toISOString(), count: 0 },
            user,
            overrideAccess: false,
          }),
        ),
      ).toBe('denied')
    }
  })
})

describe('who may create a business', () => {
  const shop = () => ({
    name: `Direct ${unique()}`,
    category: 'retail' as const,
    address: { line1: '1 Row' },
    membershipStatus: 'applicant' as const,
  })

  it('refuses an anonymous create over REST (and GraphQL), and writes nothing', async () => {
    for (const api of ['REST', 'GraphQL'] as const) {
      const before = await counts()
      const req = await createLocalReq({}, payload)
      req.payloadAPI = api
      const result = await attempt(() =>
        payload.create({ collection: 'businesses', data: shop(), req, overrideAccess: false }),
      )
      expect(result).toBe('denied')
      expect(await counts()).toEqual(before)
    }
  })

  it('allows it only to staff and to server code calling the Local API with no account', () => {
    const req = (payloadAPI: 'local' | 'REST' | 'GraphQL', user: Account | null) =>
      ({ req: { payloadAPI, user } }) as unknown as Parameters<typeof createBusinesses>[0]
    expect(createBusinesses(req('local', null))).toBe(true)
    expect(createBusinesses(req('REST', null))).toBe(false)
    expect(createBusinesses(req('GraphQL', null))).toBe(false)
    expect(createBusinesses(req('local', member))).toBe(false)
    expect(createBusinesses(req('REST', member))).toBe(false)
    expect(createBusinesses(req('REST', manager))).toBe(true)
  })

  it('keeps a Local API create by the public an applicant, with no agreement or officer', async () => {
    const created = await payload.create({
      collection: 'businesses',
      data: {
        ...shop(),
        membershipStatus: 'active',
        agreement: { signedAt: '2020-01-01T00:00:00.000Z', signedBy: 'Forger' },
        rejectionReason: 'forged',
      },
      depth: 0,
      overrideAccess: false,
    })
    const stored = await payload.findByID({
      collection: 'businesses',
      id: created.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.membershipStatus).toBe('applicant')
    expect(stored.agreement?.signedAt ?? null).toBeNull()
    expect(stored.rejectionReason ?? null).toBeNull()
  })
})

describe('staff review', () => {
  const asManager = () => ({ user: manager, overrideAccess: false as const, depth: 0 })

  it('approving activates the business, records the agreement and invites the contact as business manager', async () => {
    const { fields, business } = await apply()
    const email = spyOnEmail()
    const approved = await payload.update({
      collection: 'businesses',
      id: business.id,
      data: { membershipStatus: 'active' },
      ...asManager(),
    })
    expect(approved.membershipStatus).toBe('active')
    expect(Math.abs(Date.now() - new Date(approved.agreement?.signedAt ?? 0).getTime())).toBeLessThan(60_000)
    expect(approved.agreement?.signedBy).toBe('Jo Baker')

    const accounts = await membersWithEmail(fields.contactEmail as string)
    expect(accounts.totalDocs).toBe(1)
    const account = accounts.docs[0]
    expect(account).toMatchObject({
      name: 'Jo Baker',
      role: 'business-manager',
      business: business.id,
      accountStatus: 'active',
    })
    // One email: approved, with the set-password link from Payload's forgot-password token.
    expect(account?.resetPasswordToken).toMatch(/^[0-9a-f]{40}$/) // Payload's token: 20 random bytes, hex
    // Good for an hour (the members collection's forgotPassword expiration).
    expect(
      Math.abs(new Date(account?.resetPasswordExpiration ?? 0).getTime() - (Date.now() + 3_600_000)),
    ).toBeLessThan(60_000)
    expect(email).toHaveBeenCalledTimes(1)
    const [message] = sentEmails()
    expect(message?.to).toBe(fields.contactEmail)
    expect(message?.subject).toMatch(/has joined/)
    expect(message?.html).toContain(`/reset-password?token=${account?.resetPasswordToken}`)
  })

  it('invites the contact exactly once, however often the business is saved or re-decided', async () => {
    const { fields, business } = await apply()
    const update = (data: Record<string, unknown>) =>
      payload.update({ collection: 'businesses', id: business.id, data, ...asManager() })
    await update({ membershipStatus: 'active' })
    await update({ membershipStatus: 'active' })
    await update({ name: `${fields.businessName} Ltd` })
    await update({ membershipStatus: 'suspended' })
    await update({ membershipStatus: 'active' })
    // Reconsidered from scratch: the contact already has an account, so none is made.
    await update({ membershipStatus: 'applicant' })
    await update({ membershipStatus: 'active' })
    expect((await membersWithEmail(fields.contactEmail as string)).totalDocs).toBe(1)
  })

  it('keeps a date and signatory staff entered themselves', async () => {
    const { business } = await apply()
    const approved = await payload.update({
      collection: 'businesses',
      id: business.id,
      data: {
        membershipStatus: 'active',
        agreement: { signedAt: '2026-01-05T10:00:00.000Z', signedBy: 'A. Owner' },
      },
      ...asManager(),
    })
    expect(approved.agreement).toMatchObject({ signedAt: '2026-01-05T10:00:00.000Z', signedBy: 'A. Owner' })
  })

  it('refuses to reject without a reason, and changes nothing', async () => {
    const { fields, business } = await apply()
    const email = spyOnEmail()
    for (const reason of [undefined, '   ']) {
      await expect(
        payload.update({
          collection: 'businesses',
          id: business.id,
          data: { membershipStatus: 'rejected', rejectionReason: reason },
          ...asManager(),
        }),
      ).rejects.toMatchObject({
        status: 400,
        data: {
          errors: [{ path: 'rejectionReason', message: expect.stringMatching(/reason for rejecting/) }],
        },
      })
    }
    const stored = await payload.findByID({
      collection: 'businesses',
      id: business.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.membershipStatus).toBe('applicant')
    expect(email).not.toHaveBeenCalled()
    expect((await membersWithEmail(fields.contactEmail as string)).totalDocs).toBe(0)
  })

  it('rejecting with a reason emails the applicant the reason (escaped) and makes no account', async () => {
    const { fields, business } = await apply()
    const email = spyOnEmail()
    const rejected = await payload.update({
      collection: 'businesses',
      id: business.id,
      data: {
        membershipStatus: 'rejected',
        rejectionReason: 'Outside the BID area <b>sorry</b>.\nTry the county scheme.',
      },
      ...asManager(),
    })
    expect(rejected.membershipStatus).toBe('rejected')
    expect(email).toHaveBeenCalledTimes(1)
    const [message] = sentEmails()
    expect(message?.to).toBe(fields.contactEmail)
    expect(message?.html).toContain(
      'Outside the BID area &lt;b&gt;sorry&lt;/b&gt;.<br>Try the county scheme.',
    )
    expect((await membersWithEmail(fields.contactEmail as string)).totalDocs).toBe(0)
  })

  it('does not let a business manager approve their own business', async () => {
    const users = await loadRoleUsers(payload)
    const shopManager = users['business-manager'] as Account
    const { business } = await apply()
    // A business manager can only update their own business; an applicant is nobody's yet.
    const result = await attempt(() =>
      payload.update({
        collection: 'businesses',
        id: business.id,
        data: { membershipStatus: 'active' },
        user: shopManager,
        overrideAccess: false,
      }),
    )
    expect(result).toBe('denied')
    const stored = await payload.findByID({
      collection: 'businesses',
      id: business.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.membershipStatus).toBe('applicant')
  })
})
