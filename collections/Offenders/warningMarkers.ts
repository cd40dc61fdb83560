export const warningMarkers = [
  { label: 'Violence', value: 'violence' },
  { label: 'Weapons', value: 'weapons' },
  { label: 'Drugs', value: 'drugs' },
  { label: 'Threatening behaviour', value: 'threats' },
  { label: 'Works in a group', value: 'group' },
  { label: 'Prolific', value: 'prolific' },
] as const

export const offenderStatuses = [
  { label: 'Proposed', value: 'proposed' },
  { label: 'Approved', value: 'approved' },
  { label: 'Archived', value: 'archived' },
  { label: 'Rejected', value: 'rejected' },
] as const
