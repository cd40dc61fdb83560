import type { AdminViewServerProps } from 'payload'
import { mayReadOutcomes } from '@/features/outcomes/mayReadOutcomes'
import { periodFromParams } from '@/features/outcomes/periodFromParams'
import { OutcomeFigures } from './OutcomeFigures'
import { OutcomePeriodForm } from './OutcomePeriodForm'
import { StaffAdminView } from './StaffAdminView'

/**
 * Outcome reports for the BID board: choose a period (or a preset), see the figures and charts, and
 * download the same figures as CSV or a printable PDF. Admins and scheme managers only; the downloads
 * check the account again and are audit-logged.
 */
export const OutcomeReportView = (props: AdminViewServerProps) => {
  const { searchParams } = props
  const period = periodFromParams({
    from: searchParams?.from as string | string[] | undefined,
    to: searchParams?.to as string | string[] | undefined,
  })
  return (
    <StaffAdminView
      view={props}
      path="/outcomes"
      title="Outcome reports"
      allows={mayReadOutcomes}
      refusal="Only scheme managers and admins see outcome reports."
    >
      {(staff) => (
        <>
          <OutcomePeriodForm period={period} />
          {'error' in period ? null : (
            <OutcomeFigures payload={props.initPageResult.req.payload} staff={staff} period={period} />
          )}
        </>
      )}
    </StaffAdminView>
  )
}
