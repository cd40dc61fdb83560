/** "PC Jo Bloggs" → "PC Jo"; a single word is kept. Never a surname or collar number. */
export const officerPublicName = (fullName: string | null | undefined): string => {
  const words = (fullName ?? '')
    .trim()
    .split(/\s+/)
    .filter((word) => !/\d/.test(word))
  const ranks = ['pc', 'pcso', 'ps', 'sgt', 'insp', 'inspector', 'sergeant', 'constable']
  const rank = words[0] && ranks.includes(words[0].toLowerCase()) ? words.shift() : undefined
  const first = words[0]
  if (!first) return 'Your local officer'
  return rank ? `${rank} ${first}` : first
}
