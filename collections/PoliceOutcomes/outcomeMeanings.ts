/**
 * What an outcome counts as in the outcome report: still open (none yet), a positive outcome (an arrest, a
 * disposal, a charge or a conviction), or closed with no action. The report groups by these as well as
 * listing each outcome, so a scheme may add outcomes (a youth referral, a banning order) without code.
 */
export const outcomeMeanings = [
  { label: 'None yet (still open)', value: 'none' },
  { label: 'Positive outcome', value: 'positive' },
  { label: 'No action', value: 'no-action' },
] as const
export type OutcomeMeaning = (typeof outcomeMeanings)[number]['value']
