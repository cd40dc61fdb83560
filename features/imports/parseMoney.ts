/**
 * An amount in pounds as a spreadsheet shows it: "£1,234.50", "1234.5", "£0". Null when it is not an amount
 * (negative amounts included: a loss is never below nothing).
 */
export const parseMoney = (value: string): number | null => {
  const text = value
    .trim()
    .replace(/^£\s*/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null
  return Number(text)
}
