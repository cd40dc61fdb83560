import { Button } from '@payloadcms/ui'
import { approveProposal } from '@/features/proposals/approveProposal'
import styles from './ApprovalQueue.module.css'
import { RejectProposalForm } from './RejectProposalForm'

/** Approve, or reject with a reason; either way the next proposal (`nextId`) opens afterwards. */
export const ProposalDecision = ({ id, nextId }: { id: number; nextId: number | null }) => (
  <div className={styles.decision}>
    <form action={approveProposal} className={styles.approve}>
      <input type="hidden" name="id" value={id} />
      {nextId ? <input type="hidden" name="next" value={nextId} /> : null}
      <Button type="submit" buttonStyle="primary" size="medium" margin={false}>
        Approve
      </Button>
    </form>
    <RejectProposalForm id={id} nextId={nextId} />
  </div>
)
