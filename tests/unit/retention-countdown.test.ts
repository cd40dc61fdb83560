/**
 * The retention countdown staff see on a profile, from the same functions the nightly job decides with:
 * when a profile leaves the gallery, when an archived one is deleted, and what holds it.
 */
import { describe, expect, it } from 'vitest'
import { candidateCutoff } from '@/features/retention/candidateCutoff'
import { deletionHolds } from '@/features/retention/deletionHolds'
import { isOpenPoliceCase } from '@/features/retention/isOpenPoliceCase'
import { retentionCountdown } from '@/features/retention/retentionCountdown'
import { defaultRetentionRules as rules } from '@/features/retention/retentionRules'

const at = (iso: string) => new Date(`${iso}T12:00:00.000Z`)
const iso = (day: string) => at(day).toISOString()

describe('an approved profile', () => {
  it('counts down to leaving the gallery 12 months after its last incident', () => {
    const countdown = retentionCountdown(
      { status: 'approved', lastIncidentAt: iso('2026-03-03'), approvedAt: iso('2025-01-10') },
      rules,
      at('2027-02-08'),
      false,
    )
    expect(countdown).toEqual({
      tone: 'gallery',
      lines: ['Leaves the gallery in 23 days (12 months after the last incident on 3 March 2026).'],
    })
  })

  it('counts from approval when no report links it, and says 1 day, not 1 days', () => {
    const countdown = retentionCountdown(
      { status: 'approved', approvedAt: iso('2026-05-01'), createdAt: iso('2026-04-20') },
      rules,
      at('2027-04-30'),
      false,
    )
    expect(countdown.lines).toEqual(['Leaves the gallery in 1 day (12 months after approval on 1 May 2026).'])
  })

  it('takes the period from the settings', () => {
    const countdown = retentionCountdown(
      { status: 'approved', lastIncidentAt: iso('2026-03-03') },
      { ...rules, galleryMonths: 6 },
      at('2026-09-01'),
      false,
    )
    expect(countdown.lines[0]).toBe(
      'Leaves the gallery in 2 days (6 months after the last incident on 3 March 2026).',
    )
  })

  it('says the next nightly run once the date has passed', () => {
    const countdown = retentionCountdown(
      { status: 'approved', lastIncidentAt: iso('2025-01-01') },
      rules,
      at('2026-06-01'),
      false,
    )
    expect(countdown.lines[0]).toMatch(/^Leaves the gallery at the next nightly run \(12 months after/)
  })

  it('stays while an exclusion runs past the gallery date', () => {
    const countdown = retentionCountdown(
      {
        status: 'approved',
        lastIncidentAt: iso('2026-03-03'),
        exclusion: { stage: 'exclusion', endsAt: iso('2027-05-05') },
      },
      rules,
      at('2027-03-01'),
      false,
    )
    expect(countdown.lines[0]).toBe(
      'Leaves the gallery when the exclusion ends on 5 May 2027, in 65 days (12 months after the last incident on 3 March 2026).',
    )
  })

  it('ignores an exclusion that ends before the gallery date', () => {
    const countdown = retentionCountdown(
      {
        status: 'approved',
        lastIncidentAt: iso('2026-03-03'),
        exclusion: { stage: 'warning', endsAt: iso('2026-12-01') },
      },
      rules,
      at('2026-11-01'),
      false,
    )
    expect(countdown.lines[0]).toMatch(/^Leaves the gallery in 122 days/)
  })
})

describe('an archived profile', () => {
  const archived = { status: 'archived' as const, archivedAt: iso('2026-03-03') }

  it('counts down to deletion after the review period', () => {
    expect(retentionCountdown(archived, rules, at('2026-04-23'), false)).toEqual({
      tone: 'deletion',
      lines: ['Deleted in 41 days unless held (3 months after it left the gallery on 3 March 2026).'],
    })
  })

  it('falls back to its last change when it was archived by hand before archive dates existed', () => {
    const countdown = retentionCountdown(
      { status: 'archived', updatedAt: iso('2026-01-10') },
      rules,
      at('2026-04-20'),
      false,
    )
    expect(countdown.lines[0]).toBe(
      'Deleted at the next nightly run (3 months after it left the gallery on 10 January 2026).',
    )
  })

  it('shows a staff hold with its reason', () => {
    const countdown = retentionCountdown(
      { ...archived, retentionHold: { reason: 'Court date 4 July' } },
      rules,
      at('2026-07-01'),
      false,
    )
    expect(countdown.tone).toBe('held')
    expect(countdown.lines).toEqual([
      'Held: Court date 4 July (kept past review).',
      'The review period ended on 3 June 2026: deleted once nothing holds it.',
    ])
  })

  it('shows a running exclusion and an open police case as holds', () => {
    const countdown = retentionCountdown(
      { ...archived, exclusion: { stage: 'exclusion', endsAt: iso('2026-09-30') } },
      rules,
      at('2026-05-04'),
      true,
    )
    expect(countdown.lines).toEqual([
      'Kept while the exclusion runs until 30 September 2026.',
      'Kept while a police case is open on a linked report.',
      'The review period ends on 3 June 2026, in 30 days: deleted then only if nothing holds it.',
    ])
  })

  it('treats a blank reason or an ended exclusion as no hold', () => {
    const profile = {
      ...archived,
      retentionHold: { reason: '   ' },
      exclusion: { stage: 'exclusion' as const, endsAt: iso('2026-04-01') },
    }
    expect(deletionHolds(profile, at('2026-06-10'), false)).toEqual([])
    expect(retentionCountdown(profile, rules, at('2026-06-10'), false).tone).toBe('deletion')
  })
})

describe('other profiles', () => {
  it('has no clock before approval, or after rejection', () => {
    expect(retentionCountdown({ status: 'proposed' }, rules, at('2026-01-01'), false).tone).toBe('none')
    expect(retentionCountdown({}, rules, at('2026-01-01'), false).tone).toBe('none')
    expect(retentionCountdown({ status: 'rejected' }, rules, at('2026-01-01'), false).lines).toEqual([
      'Rejected: not in the gallery.',
    ])
  })
})

describe('open police cases', () => {
  // The keys of the outcomes marked "closes the case" (the defaults, plus caution).
  const closing = ['conviction', 'nfa', 'caution'] as const

  it('is open with a crime reference until an outcome that closes the case', () => {
    expect(isOpenPoliceCase({ crimeReference: 'NP/123', outcome: 'none' }, closing)).toBe(true)
    expect(isOpenPoliceCase({ crimeReference: 'NP/123', outcome: 'charge' }, closing)).toBe(true)
    expect(isOpenPoliceCase({ crimeReference: 'NP/123', outcome: null }, closing)).toBe(true)
    expect(isOpenPoliceCase({ crimeReference: 'NP/123', outcome: 'youth-referral' }, closing)).toBe(true)
    expect(isOpenPoliceCase({ crimeReference: 'NP/123', outcome: 'conviction' }, closing)).toBe(false)
    expect(isOpenPoliceCase({ crimeReference: 'NP/123', outcome: 'nfa' }, closing)).toBe(false)
    expect(isOpenPoliceCase({ crimeReference: 'NP/123', outcome: 'caution' }, closing)).toBe(false)
    expect(isOpenPoliceCase({ crimeReference: ' ', outcome: 'none' }, closing)).toBe(false)
    expect(isOpenPoliceCase(undefined, closing)).toBe(false)
  })
})

describe('the job query', () => {
  it('reaches a few days past the exact cutoff, for month ends', () => {
    // 31 January + 1 month is 28 February: on 28 February a profile archived on 31 January is due.
    const cutoff = new Date(candidateCutoff(at('2026-02-28'), 1))
    expect(cutoff.getTime()).toBeGreaterThan(at('2026-01-31').getTime())
  })
})
