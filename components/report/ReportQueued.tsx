/** The answer when a report is written with no signal: it is on the phone, and will go by itself. */
export const ReportQueued = ({ onReportAnother }: { onReportAnother: () => void }) => (
  <div role="status" className="space-y-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
    <h2 className="text-xl font-bold">Saved on this phone — waiting to send</h2>
    <p>
      There is no signal. Your report and its photos are kept on this phone and sent by themselves when the
      signal returns. You will see its reference here once it has gone.
    </p>
    <p>In an emergency, or if a crime is happening now, call 999.</p>
    <button
      type="button"
      className="flex min-h-12 w-full items-center justify-center rounded border-2 border-brand bg-white px-4 py-2 font-semibold text-brand-ink"
      onClick={onReportAnother}
    >
      Report another
    </button>
  </div>
)
