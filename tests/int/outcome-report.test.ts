/**
 * Outcome reports (features/outcomes): fixtures in one week of September 2011, which no seed data reaches
 * (the seed spans the last 180 days), so every figure can be checked exactly — including UK-time
 * boundaries: BST makes 23:30 UTC on Sunday 4 September 00:30 on Monday the 5th in London.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, StaffAccount } from '@/access/accountOf'
import { outcomeCsv } from '@/features/outcomes/outcomeCsv'
import { outcomeFigures } from '@/features/outcomes/outcomeFigures'
import { type OutcomePeriod, outcomePeriod } from '@/features/outcomes/outcomePeriod'
import { outcomePresets } from '@/features/outcomes/outcomePresets'
import { renderOutcomePdf } from '@/features/outcomes/renderOutcomePdf'
import type { OutcomeFigures } from '@/features/outcomes/types'
import { giveNotice } from '../helpers/giveNotice'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let figures: OutcomeFigures
const overrideAccess = true // test set-up writes fixtures directly
const formulaName = '=HYPERLINK("http://example.test","x")'
const period = outcomePeriod('2011-09-05', '2011-09-11') as OutcomePeriod
const retiredOutcome = 'fixture-retired-outcome'

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  const shop = (
    await payload.find({
      collection: 'businesses',
      where: { slug: { equals: 'copper-kettle-cafe' } },
      limit: 1,
      depth: 0,
      overrideAccess,
    })
  ).docs[0]
  if (!shop) throw new Error('Missing demo business copper-kettle-cafe')
  const formulaShop = await payload.create({
    collection: 'businesses',
    data: {
      name: formulaName,
      category: 'retail',
      address: { line1: '2 Test Row' },
      membershipStatus: 'active',
    },
    overrideAccess,
  })
  // Stage "none" with dates: a notice that has ended, which the profile's mirror shows as stage none.
  const offender = async (
    lastName: string,
    exclusion?: { stage: 'none' | 'warning' | 'exclusion'; startsAt: string; endsAt?: string },
  ) => {
    const profile = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Outcomefixture', lastName, status: 'approved', gallery: 'known' },
      overrideAccess,
    })
    if (exclusion) {
      const { stage, ...dates } = exclusion
      await giveNotice(
        payload,
        profile.id,
        stage === 'none' ? { stage: 'warning', outcome: 'expired', ...dates } : { stage, ...dates },
      )
    }
    return profile
  }
  const offA = await offender('Alpha', {
    stage: 'exclusion',
    startsAt: '2011-09-09T10:00:00.000Z',
    endsAt: '2012-09-09T10:00:00.000Z',
  })
  const offB = await offender('Bravo', { stage: 'warning', startsAt: '2011-09-06T10:00:00.000Z' })
  const offC = await offender('Charlie', {
    stage: 'exclusion',
    startsAt: '2011-08-01T10:00:00.000Z',
    endsAt: '2012-08-01T10:00:00.000Z',
  })
  await offender('Delta', {
    stage: 'none',
    startsAt: '2011-09-08T10:00:00.000Z',
    endsAt: '2011-09-10T10:00:00.000Z',
  })
  // 00:30 on Monday 12 September in London: after the period.
  await offender('Echo', { stage: 'exclusion', startsAt: '2011-09-11T23:30:00.000Z' })

  const incident = (
    occurredAt: string,
    type: 'theft' | 'asb' | 'begging',
    extra: {
      business?: number
      offenders?: number[]
      valueLost?: number
      valueRecovered?: number
      outcome?: string
    } = {},
  ) =>
    payload.create({
      collection: 'incidents',
      data: {
        type,
        occurredAt,
        business: extra.business ?? shop.id,
        description: `Outcome fixture ${type}`,
        status: 'submitted',
        offenders: extra.offenders,
        valueLost: extra.valueLost,
        valueRecovered: extra.valueRecovered,
        police: extra.outcome ? { outcome: extra.outcome } : undefined,
      },
      overrideAccess,
    })
  // In the period (London time):
  await incident('2011-09-04T23:30:00.000Z', 'theft', {
    offenders: [offA.id],
    valueLost: 10.5,
    valueRecovered: 2.25,
    outcome: 'arrest',
  })
  await incident('2011-09-07T12:00:00.000Z', 'theft', {
    offenders: [offA.id, offB.id],
    valueLost: 4.99,
    outcome: 'charge',
  })
  await incident('2011-09-09T18:00:00.000Z', 'asb', {
    business: formulaShop.id,
    offenders: [offC.id],
    outcome: 'conviction',
  })
  await incident('2011-09-10T10:00:00.000Z', 'begging', { outcome: 'caution' })
  // An outcome the scheme has since retired still counts where reports carry it.
  await payload.create({
    collection: 'police-outcomes',
    data: { id: retiredOutcome, label: 'Fixture retired outcome', countsAs: 'positive', sortOrder: 65 },
    overrideAccess,
  })
  await incident('2011-09-10T11:00:00.000Z', 'begging', { outcome: retiredOutcome })
  await payload.update({
    collection: 'police-outcomes',
    id: retiredOutcome,
    data: { retired: true },
    overrideAccess,
  })
  // Outside it: 23:30 on Sunday 4th and 00:30 on Monday 12th in London.
  await incident('2011-09-04T22:30:00.000Z', 'asb', { offenders: [offC.id] })
  await incident('2011-09-11T23:30:00.000Z', 'theft', {
    offenders: [offB.id],
    valueLost: 100,
    outcome: 'conviction',
  })

  const visit = (business: number, visitedAt: string) =>
    payload.create({ collection: 'shop-visits', data: { business, visitedAt }, overrideAccess })
  await visit(shop.id, '2011-09-05T09:00:00.000Z')
  await visit(shop.id, '2011-09-08T09:00:00.000Z')
  await visit(formulaShop.id, '2011-09-11T20:00:00.000Z')
  await visit(shop.id, '2011-09-12T09:00:00.000Z')

  figures = await outcomeFigures(payload, users['scheme-manager'] as StaffAccount, period)
})

describe('the figures for a period', () => {
  it('count reports by type and by UK week', () => {
    expect(figures.incidents).toBe(5)
    expect(figures.byType.map(({ type, count }) => [type, count])).toEqual([
      ['begging', 2],
      ['theft', 2],
      ['asb', 1],
    ])
    expect(figures.byWeek).toEqual([{ weekStart: '2011-09-05', isoWeek: '2011-W36', count: 5 }])
    expect(figures.byBusiness).toEqual([
      { name: 'Copper Kettle Café', count: 4 },
      { name: formulaName, count: 1 },
    ])
  })

  it('total losses and recoveries exactly', () => {
    expect(figures.valueLost).toBe(15.49)
    expect(figures.valueRecovered).toBe(2.25)
  })

  it('count active offenders, exclusions issued by stage, and breaches', () => {
    expect(figures.offendersActive).toBe(3)
    expect(figures.exclusionsIssued).toEqual({ warning: 1, exclusion: 1, ended: 1, total: 3 })
    expect(figures.breaches).toBe(1)
  })

  it('count police outcomes by the scheme list, in its order, with a retired one still used', () => {
    expect(figures.policeOutcomes.map(({ key, count, retired }) => [key, count, retired])).toEqual([
      ['none', 0, false],
      ['arrest', 1, false],
      ['caution', 1, false],
      ['community-resolution', 0, false],
      ['charge', 1, false],
      ['conviction', 1, false],
      [retiredOutcome, 1, true],
      ['nfa', 0, false],
    ])
    expect(figures.positiveOutcomes).toBe(5)
  })

  it('count police outcomes as counting the rows does', async () => {
    const rows = await payload.find({
      collection: 'incidents',
      where: {
        and: [
          { occurredAt: { greater_than_equal: period.start.toISOString() } },
          { occurredAt: { less_than: period.end.toISOString() } },
        ],
      },
      select: { police: true },
      depth: 0,
      limit: 0,
      pagination: false,
      user: users['scheme-manager'],
      overrideAccess: false,
    })
    const tally = new Map<string, number>()
    for (const row of rows.docs) {
      const key = row.police?.outcome ?? 'none'
      tally.set(key, (tally.get(key) ?? 0) + 1)
    }
    expect(Object.fromEntries(figures.policeOutcomes.map(({ key, count }) => [key, count]))).toEqual(
      Object.fromEntries(figures.policeOutcomes.map(({ key }) => [key, tally.get(key) ?? 0])),
    )
    expect(figures.policeOutcomes.reduce((sum, outcome) => sum + outcome.count, 0)).toBe(rows.docs.length)
  })

  it('count exclusion notices started in the period, by stage, as counting the rows does', async () => {
    expect(figures.noticesStarted).toEqual({ warning: 2, exclusion: 1, total: 3 })
    const started = await payload.find({
      collection: 'exclusion-notices',
      where: {
        and: [
          { startsAt: { greater_than_equal: period.start.toISOString() } },
          { startsAt: { less_than: period.end.toISOString() } },
        ],
      },
      select: { stage: true },
      depth: 0,
      limit: 0,
      pagination: false,
      user: users['scheme-manager'],
      overrideAccess: false,
    })
    const stage = (name: string) => started.docs.filter((doc) => doc.stage === name).length
    expect(figures.noticesStarted).toEqual({
      warning: stage('warning'),
      exclusion: stage('exclusion'),
      total: started.docs.length,
    })
  })

  it('count adopted-shop visits', () => {
    expect(figures.shopVisits).toBe(3)
    expect(figures.shopsVisited).toBe(2)
  })

  it('are for admins and scheme managers only', async () => {
    const refusal = new Error('Outcome reports are for admins and scheme managers only.')
    await expect(outcomeFigures(payload, users.editor as StaffAccount, period)).rejects.toThrow(refusal)
    await expect(outcomeFigures(payload, users.police as unknown as StaffAccount, period)).rejects.toThrow(
      refusal,
    )
    expect((await outcomeFigures(payload, users.admin as StaffAccount, period)).incidents).toBe(5)
  })
})

describe('the downloads', () => {
  it('CSV carries the same numbers and defuses a formula in a business name', () => {
    const csv = outcomeCsv(figures, new Date('2026-01-01T00:00:00Z'))
    const lines = csv.split('\r\n')
    for (const line of [
      'totals,incidents,5',
      'totals,value lost (GBP),15.49',
      'totals,value recovered (GBP),2.25',
      'totals,offenders active,3',
      'exclusions issued,total,3',
      'exclusions,breaches,1',
      'police outcomes,Arrest,1',
      'police outcomes,Caution,1',
      'police outcomes,Fixture retired outcome,1',
      'police outcomes,positive (total),5',
      'exclusion notices given,total,3',
      'adopted shops,visits,3',
      'incidents by type,Theft,2',
      'incidents by week,week commencing 2011-09-05,5',
      `incidents by business,"'=HYPERLINK(""http://example.test"",""x"")",1`,
    ]) {
      expect(lines).toContain(line)
    }
    expect(lines.some((line) => line.includes(',=HYPERLINK'))).toBe(false)
  })

  it('PDF prints the same figures', async () => {
    const { bytes, printed } = await renderOutcomePdf(figures, new Date(), 'Fixture Manager', {
      schemeName: 'Fixture Scheme',
      logoPng: null,
    })
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-')
    for (const line of [
      'Fixture Scheme outcome report',
      'Incidents reported: 5',
      'Value lost: £15.49',
      'Value recovered: £2.25',
      'Offenders active: 3',
      'Exclusion breaches: 1',
      'Positive police outcomes: 5',
      'Exclusion notices given: 3 (warnings 2, exclusions 1)',
      'Adopted-shop visits: 3 (2 shops)',
      'Theft 2',
    ]) {
      expect(printed).toContain(line)
    }
  })
})

describe('periods', () => {
  it('refuses impossible or reversed dates with a message', () => {
    expect(outcomePeriod('2011-02-30', '2011-03-01')).toHaveProperty('error')
    expect(outcomePeriod('2011-09-11', '2011-09-05')).toHaveProperty('error')
    expect(outcomePeriod('2001-01-01', '2011-01-01')).toHaveProperty('error')
  })

  it('offers last month, last quarter and the last 12 months in UK time', () => {
    // 00:30 on 1 May in London is still 30 April in UTC: the presets follow London.
    expect(outcomePresets(new Date('2026-04-30T23:30:00Z'))).toEqual([
      { label: 'Last month', from: '2026-04-01', to: '2026-04-30' },
      { label: 'Last quarter', from: '2026-01-01', to: '2026-03-31' },
      { label: 'Last 12 months', from: '2025-05-01', to: '2026-04-30' },
    ])
  })
})
