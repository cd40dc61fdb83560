import { incidentTimeProblem } from '../rules/incidentDateLimits'

/** The collection's check of when an incident happened, with messages for the admin form. */
export const validateOccurredAt = (value: Date | string | null | undefined): string | true => {
  if (!value) return 'When did it happen?'
  const occurredAt = new Date(value)
  if (Number.isNaN(occurredAt.getTime())) return 'That is not a date.'
  const problem = incidentTimeProblem(occurredAt)
  if (problem === 'future') return 'An incident cannot be in the future.'
  if (problem === 'too-long-ago') return 'That date is too long ago.'
  return true
}
