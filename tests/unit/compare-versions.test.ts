import { describe, expect, it } from 'vitest'
import { compareVersions } from '@/scripts/lib/compareVersions'

describe('compareVersions (the security-floor check)', () => {
  it.each([
    ['3.90.1', '3.90.0', 1],
    ['3.84.1', '3.90.0', -1],
    ['16.4.6', '16.4.3', 1],
    ['19.3.1', '19.2.6', 1],
    ['0.35.5', '0.35.5', 0],
    ['5.0.0-beta.32', '5.0.0-beta.32', 0],
    ['5.0.0-beta.31', '5.0.0-beta.32', -1],
    ['5.0.0-beta.100', '5.0.0-beta.32', 1],
    ['5.0.0', '5.0.0-beta.32', 1],
    ['4.24.15', '5.0.0-beta.32', -1],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
})
