import { Pagination } from '@/components/members/Pagination'
import { ReportList } from '@/components/members/ReportList'
import { SelectField } from '@/components/shared/SelectField'
import { listReports } from '@/features/reports/listReports'
import { incidentTypeOptions } from '@/features/vocabulary/incidentTypeOptions'
import { requireMember } from '@/lib/auth/requireMember'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const metadata = { title: 'Incidents' }

/**
 * Police see every report; partners the reports in their remit (the access rules choose the rows). The type
 * filter lists every type, retired ones too: older reports keep them.
 */
export default async function IncidentsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; type?: string }>
}) {
  const member = await requireMember('police', 'partner')
  const params = await searchParams
  const page = Math.max(1, Number(params.page) || 1)
  const types = (await incidentTypeOptions(member)).map((option) => ({
    value: option.value,
    label: option.retired ? `${option.label} (retired)` : option.label,
  }))
  const type = types.some((option) => option.value === params.type) ? params.type : undefined
  const { referencePrefix } = await getSchemeSettings()
  const { reports, totalPages, totalDocs } = await listReports(member, { page, type })
  const heading = member.role === 'police' ? 'All incidents' : (member.partner?.listHeading ?? 'Reports')
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{heading}</h1>
      <form className="flex flex-wrap items-end gap-2" method="get">
        <SelectField
          id="type"
          name="type"
          label="Type"
          options={types}
          emptyOption="All types"
          defaultValue={type ?? ''}
          className="rounded border border-slate-400 bg-white px-3 py-2"
        />
        <button
          type="submit"
          className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand-ink"
        >
          Filter
        </button>
      </form>
      <p className="text-slate-700">{totalDocs} reports, newest first.</p>
      <ReportList reports={reports} referencePrefix={referencePrefix} showBusiness />
      <Pagination page={page} totalPages={totalPages} params={{ type }} />
    </div>
  )
}
