import { describe, expect, it } from 'vitest'
import { figuresScopeOf } from '@/collections/Incidents/access/figuresScopeOf'
import { formatMonth } from '@/components/figures/formatMonth'
import { trendSentence } from '@/components/figures/trendSentence'
import { monthsOf } from '@/features/figures/monthsOf'
import { previousPeriodOf } from '@/features/figures/previousPeriodOf'
import { type OutcomePeriod, outcomePeriod } from '@/features/outcomes/outcomePeriod'

const period = (from: string, to: string) => outcomePeriod(from, to) as OutcomePeriod

describe('previousPeriodOf', () => {
  it('is the same number of UK days, ending the day before', () => {
    const previous = previousPeriodOf(period('2025-04-01', '2025-06-30'))
    expect([previous.from, previous.to]).toEqual(['2024-12-31', '2025-03-31'])
    // Starts at London midnight (GMT in winter) and ends where the period starts (BST).
    expect(previous.start.toISOString()).toBe('2024-12-31T00:00:00.000Z')
    expect(previous.end.toISOString()).toBe('2025-03-31T23:00:00.000Z')
  })

  it('a single day compares with the day before, across a clock change', () => {
    const previous = previousPeriodOf(period('2025-03-31', '2025-03-31'))
    expect([previous.from, previous.to]).toEqual(['2025-03-30', '2025-03-30'])
  })
})

describe('monthsOf', () => {
  it('lists every month the period touches', () => {
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-01' })).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ])
    expect(monthsOf({ from: '2025-03-01', to: '2025-03-31' })).toEqual(['2025-03'])
  })

  it('formats a month for the tables', () => {
    expect(formatMonth('2025-03')).toBe('Mar 2025')
  })
})

describe('trendSentence', () => {
  it('says more, fewer or the same, with the change in percent', () => {
    expect(trendSentence(12, 9, '2024-01-01', '2024-12-31')).toBe(
      '12 reports, 3 more than the 9 from 1 Jan 2024 to 31 Dec 2024 (+33%).',
    )
    expect(trendSentence(1, 4, '2024-01-01', '2024-01-31')).toBe(
      '1 report, 3 fewer than the 4 from 1 Jan 2024 to 31 Jan 2024 (−75%).',
    )
    expect(trendSentence(2, 0, '2024-01-01', '2024-01-31')).toBe(
      '2 reports, 2 more than the 0 from 1 Jan 2024 to 31 Jan 2024.',
    )
    expect(trendSentence(5, 5, '2024-01-01', '2024-01-31')).toBe(
      '5 reports, the same as the 5 from 1 Jan 2024 to 31 Jan 2024.',
    )
  })
})

describe('figuresScopeOf', () => {
  const member = (role: string, business: number | null = 7) => ({
    user: { collection: 'members', role, business, accountStatus: 'active' } as never,
  })
  it('gives a manager their business, police and scheme staff the scheme, nobody else anything', () => {
    expect(figuresScopeOf(member('business-manager'))).toEqual({ kind: 'business', business: 7 })
    expect(figuresScopeOf(member('police', null))).toEqual({ kind: 'scheme' })
    expect(figuresScopeOf(member('member'))).toBeNull()
    expect(figuresScopeOf(member('partner', null))).toBeNull()
    expect(figuresScopeOf({ user: { collection: 'users', roles: ['scheme-manager'] } as never })).toEqual({
      kind: 'scheme',
    })
    expect(figuresScopeOf({ user: { collection: 'users', roles: ['editor'] } as never })).toBeNull()
    expect(figuresScopeOf({ user: null })).toBeNull()
  })
})
