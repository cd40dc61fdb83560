/**
 * A time of day as a spreadsheet writes it: 24-hour "15:40", "15.40", "15:40:00" or "1540", or "3:40pm" /
 * "3pm". Returns "HH:mm", or null when it is none of those.
 */
export const parseClockTime = (value: string): string | null => {
  const text = value.trim().toLowerCase().replace(/\s+/g, '')
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::\d{2})?(am|pm)?$/.exec(text)
  if (!match) return null
  let hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  const half = match[3]
  if (!match[2] && !half) return null
  if (half) {
    if (hours < 1 || hours > 12) return null
    hours = (hours % 12) + (half === 'pm' ? 12 : 0)
  }
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
