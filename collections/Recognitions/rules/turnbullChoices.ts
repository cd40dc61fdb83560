/**
 * The answers a court asks of a recognition (R v Turnbull [1977] QB 224; R v Smith [2008] EWCA Crim 1342
 * for an officer recognising someone from an image): how well and how long the witness knew the person, how
 * often and how recently they had seen them, and how good the viewing was. Short fixed answers, so a phone
 * form is quick and every record is comparable; the note carries anything else. The collection, the
 * members' zod schema and the admin use these lists.
 */
export const knownForChoices = [
  { label: 'Under a month', value: 'under-month' },
  { label: 'Months', value: 'months' },
  { label: 'Over a year', value: 'over-year' },
  { label: 'Over five years', value: 'over-five-years' },
] as const

export const howWellChoices = [
  { label: 'Seen in passing', value: 'in-passing' },
  { label: 'Spoken to them', value: 'spoken-to' },
  { label: 'Knows them by name', value: 'knows-name' },
  { label: 'Knows them well', value: 'knows-well' },
] as const

export const howOftenChoices = [
  { label: 'Once or twice', value: 'once-or-twice' },
  { label: 'A few times', value: 'few-times' },
  { label: 'Many times', value: 'many-times' },
  { label: 'Most weeks', value: 'most-weeks' },
] as const

export const lastSeenChoices = [
  { label: 'Within the last week', value: 'within-week' },
  { label: 'Within the last month', value: 'within-month' },
  { label: 'Within the last year', value: 'within-year' },
  { label: 'Over a year ago', value: 'over-year' },
] as const

export const viewingTimeChoices = [
  { label: 'A few seconds', value: 'seconds' },
  { label: 'Under a minute', value: 'under-minute' },
  { label: 'One to five minutes', value: 'minutes' },
  { label: 'Over five minutes', value: 'over-five-minutes' },
] as const

export const distanceChoices = [
  { label: 'Under 2 metres', value: 'under-2m' },
  { label: '2 to 5 metres', value: '2-5m' },
  { label: '5 to 15 metres', value: '5-15m' },
  { label: 'Over 15 metres', value: 'over-15m' },
] as const

export const lightingChoices = [
  { label: 'Daylight', value: 'daylight' },
  { label: 'Good indoor or street light', value: 'good-artificial' },
  { label: 'Poor light', value: 'poor' },
  { label: 'Dark', value: 'dark' },
] as const

export const obstructionChoices = [
  { label: 'Nothing in the way', value: 'none' },
  { label: 'Partly covered (hood, hat, mask, glasses)', value: 'partly-covered' },
  { label: 'Mostly covered', value: 'mostly-covered' },
  { label: 'People or things partly in the way', value: 'view-blocked' },
] as const

export const recognitionSources = [
  { label: 'CCTV', value: 'cctv' },
  { label: 'In person', value: 'in-person' },
  { label: 'Photo', value: 'photo' },
] as const

export type RecognitionSource = (typeof recognitionSources)[number]['value']

export const valuesOf = <T extends readonly { value: string }[]>(choices: T) =>
  choices.map((choice) => choice.value) as unknown as [T[number]['value'], ...T[number]['value'][]]
