import { describe, expect, it } from 'vitest'
import { formatEventTime } from '@/lib/format/formatEventTime'
import { months } from '@/lib/format/months'
import { revalidatePublicPaths } from '@/lib/revalidate/revalidatePublicPaths'
import { isSlug } from '@/lib/text/isSlug'
import { safeHref } from '@/lib/text/safeHref'

describe('safeHref (links staff type into rich text)', () => {
  it.each([
    'https://example.org/help',
    'http://example.org',
    'mailto:scheme@ntars.test',
    'tel:01632960000',
    '/campaigns/cops-adopt-a-shop',
    '#how-to-join',
  ])('keeps %s', (href) => {
    expect(safeHref(href)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '',
    undefined,
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull()
  })
})

describe('formatEventTime (UK time whatever the server zone)', () => {
  it('reads a winter evening in GMT', () => {
    expect(formatEventTime('2026-12-10T18:00:00Z', '2026-12-10T20:00:00Z')).toBe(
      'Thursday, 10 December 2026, 6:00 pm to 8:00 pm',
    )
  })

  it('reads a summer evening in BST', () => {
    expect(formatEventTime('2026-07-09T17:30:00Z')).toBe('Thursday, 9 July 2026, 6:30 pm')
  })

  it('names the end day when the event runs past midnight', () => {
    expect(formatEventTime('2026-12-10T22:00:00Z', '2026-12-11T01:00:00Z')).toBe(
      'Thursday, 10 December 2026, 10:00 pm to Friday, 11 December 2026, 1:00 am',
    )
  })
})

describe('small helpers of the public pages', () => {
  it('counts months in words', () => {
    expect(months(1)).toBe('1 month')
    expect(months(12)).toBe('12 months')
  })

  it('accepts only slugs as preview targets', () => {
    expect(isSlug('cops-adopt-a-shop')).toBe(true)
    expect(isSlug('//evil.example')).toBe(false)
    expect(isSlug('../admin')).toBe(false)
    expect(isSlug('a'.repeat(101))).toBe(false)
  })
})

describe('revalidating public pages outside Next (seed script, Vitest)', () => {
  it('does nothing rather than throw when there is no Next cache to purge', () => {
    const req = { context: {} } as Parameters<typeof revalidatePublicPaths>[0]
    expect(() => revalidatePublicPaths(req, ['/', { path: '/', type: 'layout' }])).not.toThrow()
  })
})
