import Link from 'next/link'
import { Pagination } from '@/components/members/Pagination'
import { ReportList } from '@/components/members/ReportList'
import { listReports } from '@/features/reports/listReports'
import { requireMember } from '@/lib/auth/requireMember'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const metadata = { title: 'My reports' }

export default async function MyReportsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const member = await requireMember('member', 'business-manager')
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const { referencePrefix } = await getSchemeSettings()
  const { reports, totalPages, totalDocs } = await listReports(member, { page })
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Reports from {member.businessName}</h1>
        <Link href="/report" className="rounded bg-brand px-4 py-2 font-semibold text-on-brand">
          New report
        </Link>
      </div>
      <p className="text-slate-700">{totalDocs} reports, newest first.</p>
      <ReportList reports={reports} referencePrefix={referencePrefix} />
      <Pagination page={page} totalPages={totalPages} params={{}} />
    </div>
  )
}
