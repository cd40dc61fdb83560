import Link from 'next/link'
import { incidentStatuses } from '@/collections/Incidents/incidentTypes'
import type { listReports } from '@/features/reports/listReports'
import { referenceOf } from '@/features/reports/referenceOf'
import { formatWhen } from '@/lib/format/formatWhen'
import { labelOf } from '@/lib/format/labelOf'

type Reports = Awaited<ReturnType<typeof listReports>>['reports']

type ReportListProps = {
  reports: Reports
  /** The scheme's report reference prefix (settings). */
  referencePrefix: string
  showBusiness?: boolean
}

export const ReportList = ({ reports, referencePrefix, showBusiness }: ReportListProps) =>
  reports.length ? (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
      {reports.map((report) => (
        <li key={report.id}>
          <Link href={`/incidents/${report.id}`} className="block p-3 hover:bg-slate-50">
            <span className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold">{report.typeLabel}</span>
              <span className="rounded bg-slate-200 px-2 py-0.5 text-sm">
                {labelOf(incidentStatuses, report.status)}
              </span>
            </span>
            <span className="block text-sm text-slate-700">
              {referenceOf(report.id, referencePrefix)} · {formatWhen(report.occurredAt)}
              {showBusiness && report.businessName ? ` · ${report.businessName}` : ''}
            </span>
            {report.summary ? <span className="block truncate">{report.summary}</span> : null}
            {report.crimeReference || (report.outcome && report.outcome !== 'none') ? (
              <span className="block text-sm text-slate-700">
                Police: {report.crimeReference ?? ''}{' '}
                {report.outcome && report.outcome !== 'none' ? report.outcomeLabel : ''}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  ) : (
    <p>No reports yet.</p>
  )
