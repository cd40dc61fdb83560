/**
 * Return on levy (features/outcomes, collections/LevyPeriods): fixtures in June 2009 and the 30 days before
 * it, which no seed data or other test reaches, so every figure can be checked exactly. The levy period
 * is a 365-day year whose levy and costs make round sums per day (£100 levy, £50 + £10 + £5 costs).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, StaffAccount } from '@/access/accountOf'
import { outcomeCsv } from '@/features/outcomes/outcomeCsv'
import { outcomeFigures } from '@/features/outcomes/outcomeFigures'
import { type OutcomePeriod, outcomePeriod } from '@/features/outcomes/outcomePeriod'
import { renderOutcomePdf } from '@/features/outcomes/renderOutcomePdf'
import type { OutcomeFigures } from '@/features/outcomes/types'
import { attempt } from '../helpers/attempt'
import { giveNotice } from '../helpers/giveNotice'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let figures: OutcomeFigures
let levyPeriod: number
const overrideAccess = true // test set-up writes fixtures directly
const tag = Math.random().toString(36).slice(2, 8)
const bakery = `Levyfixture Bakery ${tag}`
const books = `Levyfixture Books ${tag}`
const period = outcomePeriod('2009-06-01', '2009-06-30') as OutcomePeriod

const levyCount = async () =>
  (await payload.count({ collection: 'levy-periods', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  // A run before this one left its fixtures: start from none in these months (test set-up).
  const fixtureMonths = (field: string) => ({
    and: [
      { [field]: { greater_than_equal: '2009-03-01T00:00:00.000Z' } },
      { [field]: { less_than: '2009-07-02T00:00:00.000Z' } },
    ],
  })
  await payload.delete({ collection: 'incidents', where: fixtureMonths('occurredAt'), overrideAccess })
  await payload.delete({ collection: 'exclusion-notices', where: fixtureMonths('startsAt'), overrideAccess })
  await payload.delete({ collection: 'levy-periods', where: fixtureMonths('startsOn'), overrideAccess })
  const business = (name: string) =>
    payload.create({
      collection: 'businesses',
      data: { name, category: 'retail', address: { line1: '1 Fixture Row' }, membershipStatus: 'active' },
      overrideAccess,
    })
  const [shopA, shopB] = [await business(bakery), await business(books)]
  const incident = (
    occurredAt: string,
    shop: number,
    extra: { valueLost?: number; valueRecovered?: number; outcome?: string } = {},
  ) =>
    payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt,
        business: shop,
        description: 'Levy fixture',
        status: 'submitted',
        valueLost: extra.valueLost,
        valueRecovered: extra.valueRecovered,
        police: extra.outcome ? { outcome: extra.outcome } : undefined,
      },
      overrideAccess,
    })
  // June: everything recovered (prevented), part recovered, nothing recovered, no values at all.
  await incident('2009-06-03T10:00:00.000Z', shopA.id, {
    valueLost: 20,
    valueRecovered: 20,
    outcome: 'conviction',
  })
  await incident('2009-06-10T10:00:00.000Z', shopA.id, {
    valueLost: 50,
    valueRecovered: 10,
    outcome: 'arrest',
  })
  await incident('2009-06-20T10:00:00.000Z', shopB.id, { valueLost: 5, outcome: 'conviction' })
  await incident('2009-06-30T22:30:00.000Z', shopB.id) // 23:30 on 30 June in London (BST)
  // The previous 30 days (2 to 31 May), and one just before them.
  await incident('2009-05-15T10:00:00.000Z', shopB.id, {
    valueLost: 8,
    valueRecovered: 8,
    outcome: 'conviction',
  })
  await incident('2009-04-30T10:00:00.000Z', shopB.id, { valueLost: 1000, valueRecovered: 1000 })
  const profile = await payload.create({
    collection: 'offenders',
    data: { firstName: 'Levyfixture', lastName: tag, status: 'approved', gallery: 'known' },
    overrideAccess,
  })
  await giveNotice(payload, profile.id, { stage: 'warning', startsAt: '2009-06-12T10:00:00.000Z' })
  levyPeriod = (
    await payload.create({
      collection: 'levy-periods',
      data: {
        startsOn: '2009-04-01T11:00:00.000Z',
        endsOn: '2010-03-31T11:00:00.000Z',
        levyCollected: 36500,
        costs: { staff: 18250, radios: 3650, other: 1825 },
        notes: 'Fixture year',
      },
      user: users['scheme-manager'] ?? undefined,
      overrideAccess: false,
    })
  ).id
  figures = await outcomeFigures(payload, users['scheme-manager'] as StaffAccount, period)
})

describe('return on levy', () => {
  it('stores a levy period as whole UK days', async () => {
    const stored = await payload.findByID({ collection: 'levy-periods', id: levyPeriod, overrideAccess })
    // Midnight in London (BST on both days: it began on 29 March 2009 and 28 March 2010).
    expect(stored.startsOn).toBe('2009-03-31T23:00:00.000Z')
    expect(stored.endsOn).toBe('2010-03-30T23:00:00.000Z')
  })

  it('counts the period’s losses prevented and recovered, exclusions and convictions', () => {
    const current = figures.returnOnLevy.current
    expect(current).toMatchObject({
      from: '2009-06-01',
      to: '2009-06-30',
      incidents: 4,
      lossesPrevented: 20,
      lossesRecovered: 10,
      exclusionsStarted: 1,
      convictions: 2,
      positiveOutcomes: 3,
    })
    expect(current.levy).toEqual({
      periods: 1,
      levyCollected: 3000,
      costs: { staff: 1500, radios: 300, other: 150, total: 1950 },
    })
    expect(current.costPerReport).toBe(487.5)
    expect(current.returnPerLevyPound).toBe(0.01)
  })

  it('equals counting the rows one by one', async () => {
    const rows = await payload.find({
      collection: 'incidents',
      where: {
        and: [
          { occurredAt: { greater_than_equal: period.start.toISOString() } },
          { occurredAt: { less_than: period.end.toISOString() } },
        ],
      },
      depth: 0,
      pagination: false,
      overrideAccess,
    })
    const docs = rows.docs
    const prevented = docs
      .filter((doc) => (doc.valueRecovered ?? 0) > 0 && (doc.valueRecovered ?? 0) >= (doc.valueLost ?? 0))
      .reduce((sum, doc) => sum + (doc.valueRecovered ?? 0), 0)
    const recovered = docs
      .filter((doc) => (doc.valueRecovered ?? 0) > 0 && (doc.valueRecovered ?? 0) < (doc.valueLost ?? 0))
      .reduce((sum, doc) => sum + (doc.valueRecovered ?? 0), 0)
    const current = figures.returnOnLevy.current
    expect(current.incidents).toBe(docs.length)
    expect(current.lossesPrevented).toBe(prevented)
    expect(current.lossesRecovered).toBe(recovered)
    expect(current.lossesPrevented + current.lossesRecovered).toBe(figures.valueRecovered)
    expect(current.convictions).toBe(docs.filter((doc) => doc.police?.outcome === 'conviction').length)
    expect(current.exclusionsStarted).toBe(figures.noticesStarted.total)
  })

  it('compares with the previous period of the same length', () => {
    const previous = figures.returnOnLevy.previous
    expect(previous).toMatchObject({
      from: '2009-05-02',
      to: '2009-05-31',
      incidents: 1,
      lossesPrevented: 8,
      lossesRecovered: 0,
      exclusionsStarted: 0,
      convictions: 1,
      costPerReport: 1950,
    })
    expect(previous.levy?.levyCollected).toBe(3000)
  })

  it('lists every business with a report in the annex', () => {
    const annex = figures.businesses.filter((row) => row.name.startsWith('Levyfixture'))
    expect(annex).toEqual([
      { name: bakery, reports: 2, valueLost: 70, valueRecovered: 30, positiveOutcomes: 2, breaches: 0 },
      { name: books, reports: 2, valueLost: 5, valueRecovered: 0, positiveOutcomes: 1, breaches: 0 },
    ])
  })

  it('puts the return on levy and the annex in the CSV and the PDF', async () => {
    const lines = outcomeCsv(figures, new Date('2026-01-01T00:00:00Z')).split('\r\n')
    for (const line of [
      'return on levy,levy collected (GBP),3000.00',
      'return on levy,running costs (GBP),1950.00',
      'return on levy,losses prevented (GBP),20.00',
      'return on levy,losses recovered (GBP),10.00',
      'return on levy,cost per report (GBP),487.50',
      'return on levy,convictions,2',
      'previous period,from,2009-05-02',
      'previous period,cost per report (GBP),1950.00',
      'return on levy,prevented and recovered per GBP of levy,0.01',
      `annex: reports,${bakery},2`,
      `annex: value lost (GBP),${bakery},70.00`,
      `annex: value recovered (GBP),${bakery},30.00`,
      `annex: positive police outcomes,${bakery},2`,
      `annex: exclusion breaches,${books},0`,
    ]) {
      expect(lines).toContain(line)
    }
    const { printed } = await renderOutcomePdf(figures, new Date(), 'Fixture Manager', {
      schemeName: 'NTARS',
      logoPng: null,
    })
    const text = printed.join('\n')
    expect(text).toContain('Return on levy')
    expect(text).toContain('£487.50')
    expect(text).toContain('Businesses (annex)')
    expect(text).toContain(bakery)
  })
})

describe('levy periods are for scheme staff', () => {
  const data = {
    startsOn: '2008-01-01T12:00:00.000Z',
    endsOn: '2008-12-31T12:00:00.000Z',
    levyCollected: 1000,
  }
  for (const role of ['member', 'business-manager', 'police', 'partner-asb', 'editor'] as const) {
    it(`${role} cannot read or write levy periods`, async () => {
      const as = { user: users[role] ?? undefined, overrideAccess: false as const }
      const before = await levyCount()
      expect(
        await attempt(() => payload.findByID({ collection: 'levy-periods', id: levyPeriod, ...as })),
      ).toBe('denied')
      expect(await attempt(() => payload.create({ collection: 'levy-periods', data, ...as }))).toBe('denied')
      expect(
        await attempt(() =>
          payload.update({ collection: 'levy-periods', id: levyPeriod, data: { levyCollected: 1 }, ...as }),
        ),
      ).toBe('denied')
      expect(await attempt(() => payload.delete({ collection: 'levy-periods', id: levyPeriod, ...as }))).toBe(
        'denied',
      )
      expect(await levyCount()).toBe(before)
      const stored = await payload.findByID({ collection: 'levy-periods', id: levyPeriod, overrideAccess })
      expect(stored.levyCollected).toBe(36500)
    })
  }
})

describe('bad levy input is refused with a clear message and nothing written', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'an end before the start',
      { startsOn: '2008-06-01T12:00:00.000Z', endsOn: '2008-05-01T12:00:00.000Z', levyCollected: 10 },
      /last day of the levy period cannot be before its first day/,
    ],
    [
      'a negative levy',
      { startsOn: '2008-01-01T12:00:00.000Z', endsOn: '2008-03-31T12:00:00.000Z', levyCollected: -5 },
      /levy collected cannot be negative/,
    ],
    [
      'a negative cost',
      {
        startsOn: '2008-01-01T12:00:00.000Z',
        endsOn: '2008-03-31T12:00:00.000Z',
        levyCollected: 5,
        costs: { radios: -1 },
      },
      /radios and kit cost cannot be negative/,
    ],
    [
      'a period overlapping another',
      { startsOn: '2010-03-01T12:00:00.000Z', endsOn: '2010-06-30T12:00:00.000Z', levyCollected: 5 },
      /overlaps the levy period 2009-04-01 to 2010-03-31/,
    ],
  ]
  for (const [what, data, message] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await levyCount()
      const error = await payload
        .create({
          collection: 'levy-periods',
          data: data as never,
          user: users['scheme-manager'] ?? undefined,
          overrideAccess: false,
        })
        .then(
          () => null,
          (caught: unknown) => caught as Error & { data?: { errors?: { message: string }[] } },
        )
      expect(error).not.toBeNull()
      const messages = [error?.message, ...(error?.data?.errors ?? []).map((entry) => entry.message)].join(
        ' ',
      )
      expect(messages).toMatch(message)
      expect(await levyCount()).toBe(before)
    })
  }
})
