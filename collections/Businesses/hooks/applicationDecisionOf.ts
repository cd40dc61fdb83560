/**
 * Whether a save decided an application: an applicant (or a rejected applicant reconsidered) made active is
 * approved; an applicant set to rejected is rejected. Anything else (later edits, saving twice) is no
 * decision, so the consequences happen once.
 */
export const applicationDecisionOf = (
  previousStatus: string | null | undefined,
  nextStatus: string | null | undefined,
): 'approved' | 'rejected' | null => {
  if (nextStatus === 'active' && (previousStatus === 'applicant' || previousStatus === 'rejected')) {
    return 'approved'
  }
  if (nextStatus === 'rejected' && previousStatus === 'applicant') return 'rejected'
  return null
}
