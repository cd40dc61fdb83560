import Link from 'next/link'

/** The answer once a report is filed: its reference, and the way on. */
export const ReportSent = ({
  reference,
  proposed,
  onReportAnother,
}: {
  reference: string
  proposed: boolean
  onReportAnother: () => void
}) => (
  <div role="status" className="space-y-4 rounded-lg border-2 border-green-700 bg-green-50 p-4">
    <h2 className="text-xl font-bold">Report sent</h2>
    <p>
      Your reference is <strong className="text-2xl">{reference}</strong>. Police and the scheme team can see
      it now.
    </p>
    {proposed ? <p>Staff will review the person you asked them to identify.</p> : null}
    <div className="flex flex-wrap gap-3">
      <Link href="/reports" className="rounded bg-brand px-4 py-3 font-semibold text-on-brand">
        My reports
      </Link>
      <button
        type="button"
        className="rounded border-2 border-brand px-4 py-3 font-semibold text-brand-ink"
        onClick={onReportAnother}
      >
        Report another
      </button>
    </div>
  </div>
)
