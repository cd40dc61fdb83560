/**
 * What a report type means to the code. Code asks a type's meaning, never its key or label, so a scheme can
 * name and add types freely: an ordinary offence; a welfare concern (never an offence: no offender links,
 * the welfare notice on the form, outreach's remit); an exclusion breach (someone under an exclusion seen
 * again: a breach agency's remit and the breach figures).
 */
export const incidentMeanings = [
  { label: 'Offence or incident', value: 'offence' },
  { label: 'Welfare concern (never an offence)', value: 'welfare' },
  { label: 'Exclusion breach', value: 'exclusion-breach' },
] as const
export type IncidentMeaning = (typeof incidentMeanings)[number]['value']
