import { Banner } from '@payloadcms/ui'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { listProposals } from '@/features/proposals/listProposals'
import { loadProposalReview } from '@/features/proposals/loadProposalReview'
import { queueNotices } from '@/features/proposals/queueUrl'
import styles from './ApprovalQueue.module.css'
import { ProposalList } from './ProposalList'
import { ProposalReviewPanel } from './ProposalReviewPanel'

type ProposalQueueProps = {
  payload: Payload
  staff: StaffAccount
  /** `?proposal=` from the URL: the proposal to open; the oldest when absent or no longer waiting. */
  selected?: string
  /** `?notice=` from the URL: what the last decision did. */
  notice?: string
}

/** The queue: the list of waiting proposals beside the open one, or a clear "nothing waiting". */
export const ProposalQueue = async ({ payload, staff, selected, notice }: ProposalQueueProps) => {
  const { proposals, total } = await listProposals(payload, staff)
  const message = notice && Object.hasOwn(queueNotices, notice) ? notice : null
  const banner = message ? (
    <Banner type={message === 'failed' || message === 'refused' ? 'error' : 'success'}>
      <span role="status">{queueNotices[message as keyof typeof queueNotices]}</span>
    </Banner>
  ) : null
  if (!proposals.length) {
    return (
      <>
        {banner}
        <div className={styles.empty}>
          <h2>Nothing is waiting for review</h2>
          <p>New proposals from members’ reports appear here, oldest first.</p>
        </div>
      </>
    )
  }
  const wanted = Number(selected)
  const open = proposals.find((proposal) => proposal.id === wanted) ?? proposals[0]
  const index = proposals.indexOf(open)
  const next = proposals[index + 1] ?? proposals[index - 1] ?? null
  const review = await loadProposalReview(payload, staff, open.id)
  return (
    <>
      {banner}
      {selected && open.id !== wanted ? (
        <Banner type="info">That proposal is no longer waiting; the oldest one is open instead.</Banner>
      ) : null}
      <div className={styles.queue}>
        <ProposalList proposals={proposals} total={total} openId={open.id} />
        {review ? (
          <ProposalReviewPanel review={review} nextId={next?.id ?? null} />
        ) : (
          <p>This proposal could not be read.</p>
        )}
      </div>
    </>
  )
}
