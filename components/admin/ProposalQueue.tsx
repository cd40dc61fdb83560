import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { listProposals } from '@/features/proposals/listProposals'
import { ProposalCard } from './ProposalCard'

/** The proposals waiting for review, oldest first as `listProposals` returns them. */
export const ProposalQueue = async ({ payload, staff }: { payload: Payload; staff: StaffAccount }) => {
  const proposals = await listProposals(payload, staff)
  if (!proposals.length) return <p>Nothing is waiting for review.</p>
  return (
    <ol className="ntars-queue">
      {proposals.map((proposal) => (
        <ProposalCard key={proposal.id} proposal={proposal} />
      ))}
    </ol>
  )
}
