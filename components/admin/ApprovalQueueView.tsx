import type { AdminViewServerProps } from 'payload'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { ProposalQueue } from './ProposalQueue'
import { StaffAdminView } from './StaffAdminView'

/**
 * Staff review members' proposals here: the reports and photos behind each, possible duplicates to merge,
 * and approve or reject with a reason. Only scheme managers and admins may act; access is re-checked in
 * every action.
 */
export const ApprovalQueueView = (props: AdminViewServerProps) => (
  <StaffAdminView
    view={props}
    path="/approvals"
    title="Approval queue"
    allows={isSchemeManagerAccount}
    refusal="Only scheme managers and admins review proposals."
  >
    {(staff) => <ProposalQueue payload={props.initPageResult.req.payload} staff={staff} />}
  </StaffAdminView>
)
