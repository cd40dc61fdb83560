/**
 * Hostile input shared by the hostile-input tests: what an attacker, a broken client or a careless paste
 * sends. Text that is merely unusual (HTML, SQL, emoji) must be stored as typed and rendered escaped; text
 * that hides what it says (control and bidi-override characters) and values out of range are refused.
 */

/** Stored as typed, always rendered escaped. */
export const markupAndInjection = [
  '<script>window.__ntarsXss = 1</script>',
  '<img src=x onerror="window.__ntarsXss=1">',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  "'; DROP TABLE incidents; --",
  "1' OR '1'='1",
  `{{7*7}} $${'{'}7*7} <%= 7*7 %>`,
  '../../../../etc/passwd',
  '=HYPERLINK("http://evil.example","click")',
  'Café — naïve façade 💷🛒 ﷺ',
] as const

/** Refused with a clear message: characters that make text say something other than it shows. */
export const hiddenCharacters = [
  'Stole a bag\u0000 then left',
  'Abuse \u202Egnp.exe\u202C at the till',
  'Took \u2066hidden\u2069 items',
  'Bell rang\u0007 twice',
] as const

export const oversized = (length: number) => 'x'.repeat(length)

/** A file that claims to be a JPEG but is an HTML page. */
export const htmlPretendingToBeJpeg = () =>
  Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

export const svgImage = () =>
  Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>',
  )

/** The first bytes of a real JPEG, cut off: a broken upload. */
export const truncatedJpeg = (jpeg: Buffer) => jpeg.subarray(0, Math.floor(jpeg.length / 3))
