/** What the queue tells staff after a decision: shown as a banner above the next proposal. */
export const queueNotices = {
  approved: 'Approved: the profile is now in the gallery.',
  rejected: 'Rejected: the proposal will not reach the gallery.',
  merged: 'Merged: the proposal’s reports, photos and names moved to the existing profile.',
  failed: 'That did not work: the proposal may already have been decided. Nothing was changed.',
  refused: 'Only scheme managers and admins decide proposals.',
} as const

export type QueueNotice = keyof typeof queueNotices

export const queuePath = '/admin/approvals'

/** The queue with one proposal open (or the oldest, with none given), and a notice about the last decision. */
export const queueUrl = ({ proposal, notice }: { proposal?: number | null; notice?: QueueNotice }) => {
  const params = new URLSearchParams()
  if (proposal) params.set('proposal', String(proposal))
  if (notice) params.set('notice', notice)
  const query = params.toString()
  return query ? `${queuePath}?${query}` : queuePath
}
