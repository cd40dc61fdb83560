import { mayReport } from '@/collections/Incidents/access/mayReport'
import { ReportForm } from '@/components/report/ReportForm'
import { reportTypeOptions } from '@/features/vocabulary/reportTypeOptions'
import { requireMemberAllowedBy } from '@/lib/auth/requireMemberAllowedBy'
import { londonNowLocal } from '@/lib/time/londonTime'

export const metadata = { title: 'Report an incident' }

export default async function ReportPage() {
  const member = await requireMemberAllowedBy(mayReport, 'Report form')
  const types = await reportTypeOptions(member)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Report an incident</h1>
      <p className="text-slate-700">
        For {member.businessName}. In an emergency, or if a crime is happening now, call 999 first.
      </p>
      <ReportForm now={londonNowLocal()} draftOwner={member.id} types={types} />
    </div>
  )
}
