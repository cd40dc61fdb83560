import { describe, expect, it } from 'vitest'
import { exclusionDates } from '@/collections/Offenders/exclusions/exclusionDates'
import { isExclusionActive } from '@/collections/Offenders/exclusions/isExclusionActive'
import { addMonths } from '@/lib/time/addMonths'

const rules = { durationMonths: 12, appealAfterMonths: 6 }
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe('exclusion dates', () => {
  it('runs 12 months with an appeal after 6 incident-free months by default', () => {
    const dates = exclusionDates(day('2026-03-15'), rules)
    expect(dates.endsAt.toISOString().slice(0, 10)).toBe('2027-03-15')
    expect(dates.appealFrom.toISOString().slice(0, 10)).toBe('2026-09-15')
  })

  it('takes the durations from the scheme settings', () => {
    const dates = exclusionDates(day('2026-01-10'), { durationMonths: 24, appealAfterMonths: 3 })
    expect(dates.endsAt.toISOString().slice(0, 10)).toBe('2028-01-10')
    expect(dates.appealFrom.toISOString().slice(0, 10)).toBe('2026-04-10')
  })

  it('restarts the incident-free clock after a breach, not the exclusion itself', () => {
    const dates = exclusionDates(day('2026-01-01'), rules, day('2026-05-20'))
    expect(dates.endsAt.toISOString().slice(0, 10)).toBe('2027-01-01')
    expect(dates.appealFrom.toISOString().slice(0, 10)).toBe('2026-11-20')
  })

  it('keeps month ends sensible', () => {
    expect(addMonths(day('2026-01-31'), 1).toISOString().slice(0, 10)).toBe('2026-02-28')
    expect(addMonths(day('2028-01-31'), 1).toISOString().slice(0, 10)).toBe('2028-02-29')
    expect(addMonths(day('2026-08-31'), 6).toISOString().slice(0, 10)).toBe('2027-02-28')
  })

  it('is in force only between its start and end, and only for a red exclusion', () => {
    const exclusion = {
      stage: 'exclusion',
      startsAt: '2026-01-01T00:00:00.000Z',
      endsAt: '2027-01-01T00:00:00.000Z',
    }
    expect(isExclusionActive(exclusion, day('2025-12-31'))).toBe(false)
    expect(isExclusionActive(exclusion, day('2026-06-01'))).toBe(true)
    expect(isExclusionActive(exclusion, day('2027-01-01'))).toBe(false)
    expect(isExclusionActive({ ...exclusion, stage: 'warning' }, day('2026-06-01'))).toBe(false)
    expect(isExclusionActive(null)).toBe(false)
  })
})
