/** Quiet hours are a daily window on the UK clock, usually across midnight (docs/push-alerts.md). */
import { describe, expect, it } from 'vitest'
import { deviceLabelOf } from '@/lib/format/deviceLabelOf'
import { isWithinDailyWindow } from '@/lib/time/isWithinDailyWindow'

// 2026-07-01 is British Summer Time (UTC+1); 2026-12-01 is GMT.
const summer = (utc: string) => new Date(`2026-07-01T${utc}:00Z`)
const winter = (utc: string) => new Date(`2026-12-01T${utc}:00Z`)

describe('isWithinDailyWindow', () => {
  it('reads the window on the UK clock, summer and winter', () => {
    expect(isWithinDailyWindow(summer('21:30'), '22:00', '07:00')).toBe(true) // 22:30 BST
    expect(isWithinDailyWindow(winter('21:30'), '22:00', '07:00')).toBe(false) // 21:30 GMT
  })

  it('handles windows across midnight and within a day', () => {
    expect(isWithinDailyWindow(winter('03:00'), '22:00', '07:00')).toBe(true)
    expect(isWithinDailyWindow(winter('07:00'), '22:00', '07:00')).toBe(false)
    expect(isWithinDailyWindow(winter('13:00'), '12:00', '14:00')).toBe(true)
    expect(isWithinDailyWindow(winter('14:00'), '12:00', '14:00')).toBe(false)
  })

  it('has no window when either end is missing, equal or not a time', () => {
    expect(isWithinDailyWindow(winter('03:00'), null, '07:00')).toBe(false)
    expect(isWithinDailyWindow(winter('03:00'), '07:00', '07:00')).toBe(false)
    expect(isWithinDailyWindow(winter('03:00'), '25:00', '07:00')).toBe(false)
  })
})

describe('deviceLabelOf', () => {
  it('names the browser and system only', () => {
    expect(
      deviceLabelOf(
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome on Android')
    expect(
      deviceLabelOf(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iPhone or iPad')
    expect(deviceLabelOf(null)).toBe('A browser on an unknown system')
  })
})
