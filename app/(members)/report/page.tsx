import { redirect } from 'next/navigation'
import { businessOf } from '@/access/member'
import { mayReport } from '@/collections/Incidents/access/mayReport'
import { ReportForm } from '@/components/report/ReportForm'
import { posterQueryOf, posterScanOf } from '@/features/poster/posterScanOf'
import { reportTypeOptions } from '@/features/vocabulary/reportTypeOptions'
import { currentMember } from '@/lib/auth/currentMember'
import { requireMemberAllowedBy } from '@/lib/auth/requireMemberAllowedBy'
import { londonNowLocal } from '@/lib/time/londonTime'

export const metadata = { title: 'Report an incident' }

type Params = { from?: string | string[]; b?: string | string[] }

export default async function ReportPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  // A poster's QR opened signed out: sign in, then come back here (docs/report-poster.md).
  if (!(await currentMember()))
    redirect(`/sign-in?next=${encodeURIComponent(`/report${posterQueryOf(params)}`)}`)
  const member = await requireMemberAllowedBy(mayReport, 'Report form')
  const types = await reportTypeOptions(member)
  const scan = posterScanOf(params, businessOf(member))
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Report an incident</h1>
      {scan === 'other-business' ? (
        <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          That poster belongs to another business. This report will be filed for {member.businessName}, the
          business you work for.
        </p>
      ) : null}
      <p className="text-slate-700">
        For {member.businessName}. In an emergency, or if a crime is happening now, call 999 first.
      </p>
      <ReportForm now={londonNowLocal()} draftOwner={member.id} types={types} />
    </div>
  )
}
