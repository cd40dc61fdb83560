import { describe, expect, it } from 'vitest'
import { safeNextPath } from '@/lib/auth/safeNextPath'

describe('safeNextPath: where sign-in may send a member back to', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/report?from=poster&b=abc_-123')).toBe('/report?from=poster&b=abc_-123')
    expect(safeNextPath('/today')).toBe('/today')
  })

  it('refuses anything that leaves the site', () => {
    for (const next of [
      '//evil.example/report',
      '/\\evil.example',
      '/\\/evil.example',
      '/\t/evil.example',
      '/.//evil.example',
      '/..//evil.example',
      '/%2e//evil.example',
      '/a/..//evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'report',
      '',
      undefined,
      ['/report'],
    ]) {
      expect(safeNextPath(next)).toBe('/members')
    }
  })
})
