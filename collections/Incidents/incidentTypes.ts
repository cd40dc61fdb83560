/** The stages of a report's review. Report types are records (collections/IncidentTypes). */
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
