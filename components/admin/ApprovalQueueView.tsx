import type { AdminViewServerProps } from 'payload'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { ProposalQueue } from './ProposalQueue'
import { StaffAdminView } from './StaffAdminView'

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Staff review members' proposals here: a compact list, and the proposal chosen in the URL
 * (`?proposal=ID`, so it can be linked to) beside its best look-alikes, with approve, reject with a reason,
 * or merge. Only scheme managers and admins may act; access is re-checked in every action.
 */
export const ApprovalQueueView = (props: AdminViewServerProps) => (
  <StaffAdminView
    view={props}
    path="/approvals"
    title="Approval queue"
    allows={isSchemeManagerAccount}
    refusal="Only scheme managers and admins review proposals."
  >
    {(staff) => (
      <ProposalQueue
        payload={props.initPageResult.req.payload}
        staff={staff}
        selected={single(props.searchParams?.proposal)}
        notice={single(props.searchParams?.notice)}
      />
    )}
  </StaffAdminView>
)
