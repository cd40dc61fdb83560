import { describe, expect, it } from 'vitest'
import { londonLocalToUtc, londonNowLocal } from '@/lib/time/londonTime'

describe('London wall-clock times from the report form', () => {
  it('reads winter times as UTC and summer times as UTC+1', () => {
    expect(londonLocalToUtc('2026-01-15T14:05')?.toISOString()).toBe('2026-01-15T14:05:00.000Z')
    expect(londonLocalToUtc('2026-07-15T14:05')?.toISOString()).toBe('2026-07-15T13:05:00.000Z')
  })

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(londonLocalToUtc('2026-02-30T09:00')).toBeNull()
    expect(londonLocalToUtc('2026-13-01T09:00')).toBeNull()
    expect(londonLocalToUtc('2026-06-01T24:30')).toBeNull()
    expect(londonLocalToUtc('2026-06-01 09:00')).toBeNull()
    expect(londonLocalToUtc('<script>')).toBeNull()
  })

  it('accepts 29 February in a leap year only', () => {
    expect(londonLocalToUtc('2028-02-29T10:00')).not.toBeNull()
    expect(londonLocalToUtc('2027-02-29T10:00')).toBeNull()
  })

  it('round-trips the current time', () => {
    const now = new Date('2026-11-26T09:41:00Z')
    expect(londonLocalToUtc(londonNowLocal(now))?.toISOString()).toBe(now.toISOString())
  })
})
