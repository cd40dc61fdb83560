import type { AdminViewServerProps } from 'payload'
import { mayReadSchemePattern } from '@/collections/Incidents/access/mayReadSchemePattern'
import { PeriodChooser } from '@/components/figures/PeriodChooser'
import { periodFromParams } from '@/features/outcomes/periodFromParams'
import { PatternFigures } from './PatternFigures'
import { StaffAdminView } from './StaffAdminView'

/**
 * The scheme-wide pattern for staff: a period (or a preset), then when reports happen (UK day × hour),
 * what they are, which streets, and the trend against the previous period of the same length. Admins and
 * scheme managers, who read every report (mayReadSchemePattern).
 */
export const PatternReportView = (props: AdminViewServerProps) => {
  const { searchParams } = props
  const period = periodFromParams({
    from: searchParams?.from as string | string[] | undefined,
    to: searchParams?.to as string | string[] | undefined,
  })
  const payload = props.initPageResult.req.payload
  return (
    <StaffAdminView
      view={props}
      path="/patterns"
      title="Patterns"
      allows={(staff) => mayReadSchemePattern({ user: staff })}
      refusal="Only scheme managers and admins see the scheme's patterns."
    >
      {(staff) => (
        <>
          <PeriodChooser action="/admin/patterns" period={period} look="admin" />
          {'error' in period ? null : <PatternFigures payload={payload} staff={staff} period={period} />}
        </>
      )}
    </StaffAdminView>
  )
}
