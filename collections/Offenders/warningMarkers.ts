/** A profile's review stages. Warning markers are records (collections/WarningMarkers). */
export const offenderStatuses = [
  { label: 'Proposed', value: 'proposed' },
  { label: 'Approved', value: 'approved' },
  { label: 'Archived', value: 'archived' },
  { label: 'Rejected', value: 'rejected' },
] as const
