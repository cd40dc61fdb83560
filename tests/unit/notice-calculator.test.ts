import { describe, expect, it } from 'vitest'
import { noticeDates } from '@/collections/ExclusionNotices/rules/noticeDates'
import { noticeRulesOf } from '@/collections/ExclusionNotices/rules/noticeRules'
import { overrideProblem } from '@/collections/ExclusionNotices/rules/overrideProblem'
import {
  type CalculatorReport,
  suggestNoticeStage,
} from '@/collections/ExclusionNotices/rules/suggestNoticeStage'

const now = new Date('2026-06-15T12:00:00.000Z')
const day = (iso: string) => `${iso}T10:00:00.000Z`

/** A scheme's settings as stored: shop theft is worth 2, anything else 1; breaches 5; yellow 3, red 6. */
const rules = noticeRulesOf({
  windowMonths: 12,
  pointsByType: [
    { incidentType: { id: 'shop-theft' }, points: 2 },
    { incidentType: 'begging', points: 0 },
  ],
  defaultPoints: 1,
  breachPoints: 5,
  exclusionThreshold: 6,
  warning: { threshold: 3, durationMonths: 6, appealAfterMonths: 3 },
  durationMonths: 12,
  appealAfterMonths: 6,
})

const report = (occurredAt: string, typeId = 'shop-theft', extra: Partial<CalculatorReport> = {}) => ({
  occurredAt: day(occurredAt),
  typeId,
  typeLabel: typeId === 'shop-theft' ? 'Shop theft' : typeId === 'asb' ? 'Anti-social behaviour' : typeId,
  meaning: 'offence',
  breachedExclusion: false,
  ...extra,
})

describe('the notice calculator', () => {
  it('suggests no notice below the warning threshold, and says so', () => {
    const suggestion = suggestNoticeStage([report('2026-05-01')], [], rules, now)
    expect(suggestion).toEqual({
      stage: 'none',
      points: 2,
      reasons: [
        '1 report of shop theft in 12 months: 2 points',
        '2 points in 12 months, below the warning threshold of 3: no notice',
      ],
    })
  })

  it('adds each type’s points from the settings and suggests a yellow warning at its threshold', () => {
    const suggestion = suggestNoticeStage(
      [report('2026-02-01'), report('2026-03-01', 'asb'), report('2026-04-01', 'begging')],
      [],
      rules,
      now,
    )
    expect(suggestion.stage).toBe('warning')
    expect(suggestion.points).toBe(3)
    expect(suggestion.reasons).toContain('1 report of shop theft in 12 months: 2 points')
    expect(suggestion.reasons).toContain('1 report of anti-social behaviour in 12 months: 1 point')
    expect(suggestion.reasons).toContain('1 report of begging in 12 months: 0 points')
  })

  it('groups reports of one type in one sentence and suggests red at the red threshold', () => {
    const suggestion = suggestNoticeStage(
      [report('2026-01-10'), report('2026-02-10'), report('2026-03-10')],
      [],
      rules,
      now,
    )
    expect(suggestion.stage).toBe('exclusion')
    expect(suggestion.reasons[0]).toBe('3 reports of shop theft in 12 months: 6 points')
    expect(suggestion.reasons.at(-1)).toBe('6 points reach the red threshold of 6: red exclusion')
  })

  it('counts only the window: older reports and welfare concerns score nothing', () => {
    const suggestion = suggestNoticeStage(
      [
        report('2025-05-01'),
        report('2025-06-01'),
        report('2026-05-01', 'welfare-concern', { meaning: 'welfare' }),
        report('2026-05-02', 'asb'),
      ],
      [],
      rules,
      now,
    )
    expect(suggestion.points).toBe(1)
    expect(suggestion.stage).toBe('none')
  })

  it('sends a person warned within the window to red once they reach the warning threshold again', () => {
    const reports = [report('2026-04-01'), report('2026-05-01', 'asb')]
    const warned = [{ stage: 'warning' as const, startsAt: day('2025-09-01'), outcome: 'expired' }]
    expect(suggestNoticeStage(reports, [], rules, now).stage).toBe('warning')
    const suggestion = suggestNoticeStage(reports, warned, rules, now)
    expect(suggestion.stage).toBe('exclusion')
    expect(suggestion.reasons.at(-1)).toBe(
      '3 points reach the warning threshold of 3 after a yellow warning on 1 September 2025, in 12 months: red exclusion',
    )
  })

  it('ignores a warning from before the window and a withdrawn one', () => {
    const reports = [report('2026-04-01'), report('2026-05-01', 'asb')]
    const notices = [
      { stage: 'warning' as const, startsAt: day('2025-01-01'), outcome: 'expired' },
      { stage: 'exclusion' as const, startsAt: day('2026-01-01'), outcome: 'withdrawn' },
    ]
    expect(suggestNoticeStage(reports, notices, rules, now).stage).toBe('warning')
  })

  it('scores a breach with the breach points, instead of its type’s, with its date', () => {
    const suggestion = suggestNoticeStage(
      [
        report('2026-05-02', 'shop-theft', { breachedExclusion: true }),
        report('2026-05-20', 'exclusion-breach', { meaning: 'exclusion-breach' }),
      ],
      [],
      rules,
      now,
    )
    expect(suggestion.points).toBe(10)
    expect(suggestion.reasons).toEqual([
      'breached a red exclusion on 2 May 2026: +5',
      'reported as an exclusion breach on 20 May 2026: +5',
      '10 points reach the red threshold of 6: red exclusion',
    ])
  })

  it('falls back to the settings’ defaults for a settings row saved before the calculator', () => {
    const defaults = noticeRulesOf({ durationMonths: 12, appealAfterMonths: 6 })
    expect(defaults.windowMonths).toBe(12)
    expect(defaults.stages.warning).toEqual({ threshold: 3, durationMonths: 6, appealAfterMonths: 3 })
    expect(defaults.stages.exclusion).toEqual({ threshold: 6, durationMonths: 12, appealAfterMonths: 6 })
    expect(defaults.retentionMonths).toBe(24)
  })
})

describe('staff overriding the suggestion', () => {
  it('needs a reason only when the stage chosen differs from the suggestion', () => {
    expect(overrideProblem('warning', 'warning', null)).toBeNull()
    expect(overrideProblem('exclusion', 'warning', 'Threatened staff with a knife')).toBeNull()
    expect(overrideProblem('exclusion', 'warning', '   ')).toBe(
      'The rules suggest a yellow warning, not a red exclusion: give the reason for your choice in "Override reason".',
    )
    expect(overrideProblem('warning', 'none', undefined)).toMatch(/suggest no notice, not a yellow warning/)
  })
})

describe('notice dates by stage', () => {
  const start = new Date('2026-01-01T00:00:00.000Z')

  it('gives a warning and an exclusion their own lengths and appeal periods', () => {
    const yellow = noticeDates('warning', start, rules)
    expect(yellow.endsAt.toISOString().slice(0, 10)).toBe('2026-07-01')
    expect(yellow.appealFrom.toISOString().slice(0, 10)).toBe('2026-04-01')
    const red = noticeDates('exclusion', start, rules)
    expect(red.endsAt.toISOString().slice(0, 10)).toBe('2027-01-01')
    expect(red.appealFrom.toISOString().slice(0, 10)).toBe('2026-07-01')
  })

  it('moves the appeal date on after a breach, never the end', () => {
    const red = noticeDates('exclusion', start, rules, new Date('2026-05-02T10:00:00.000Z'))
    expect(red.endsAt.toISOString().slice(0, 10)).toBe('2027-01-01')
    expect(red.appealFrom.toISOString().slice(0, 10)).toBe('2026-11-02')
  })
})
