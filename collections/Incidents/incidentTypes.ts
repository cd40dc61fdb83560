/** What can be reported. A welfare concern is about someone's wellbeing, never an offence. */
export const incidentTypes = [
  { label: 'Theft', value: 'theft' },
  { label: 'Abuse or threats to staff', value: 'abuse-to-staff' },
  { label: 'Violence', value: 'violence' },
  { label: 'Criminal damage', value: 'criminal-damage' },
  { label: 'Anti-social behaviour', value: 'asb' },
  { label: 'Begging', value: 'begging' },
  { label: 'Street drinking', value: 'street-drinking' },
  { label: 'Drugs', value: 'drugs' },
  { label: 'Exclusion breach', value: 'exclusion-breach' },
  { label: 'Welfare concern', value: 'welfare-concern' },
  { label: 'Other', value: 'other' },
] as const
export type IncidentType = (typeof incidentTypes)[number]['value']

export const incidentStatuses = [
  { label: 'Submitted', value: 'submitted' },
  { label: 'Reviewed', value: 'reviewed' },
  { label: 'Linked', value: 'linked' },
  { label: 'Closed', value: 'closed' },
] as const

export const policeOutcomes = [
  { label: 'None yet', value: 'none' },
  { label: 'Arrest', value: 'arrest' },
  { label: 'Charge', value: 'charge' },
  { label: 'Conviction', value: 'conviction' },
  { label: 'No further action', value: 'nfa' },
] as const
