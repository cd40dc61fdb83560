/** The stages of a report's review. Report types (collections/IncidentTypes)
 * and police outcomes (collections/PoliceOutcomes) are records. */
export const incidentStatuses = [
  { label: 'Submitted', value: 'submitted' },
  { label: 'Reviewed', value: 'reviewed' },
  { label: 'Linked', value: 'linked' },
  { label: 'Closed', value: 'closed' },
] as const
