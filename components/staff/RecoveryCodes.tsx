/** Shown once after enrolment: the codes are stored only as hashes, so they cannot be shown again. */
export const RecoveryCodes = ({ codes, next }: { codes: string[]; next: string }) => (
  <section aria-labelledby="recovery-heading" className="space-y-4">
    <h2 id="recovery-heading" className="text-xl font-semibold">
      Your recovery codes
    </h2>
    <p>
      Each code signs you in once if you lose your phone. Keep them somewhere safe, away from your phone: they
      will not be shown again.
    </p>
    <ul
      aria-label="Recovery codes"
      className="grid grid-cols-2 gap-2 rounded border border-slate-300 bg-white p-4 font-mono text-lg"
    >
      {codes.map((code) => (
        <li key={code}>{code}</li>
      ))}
    </ul>
    <a href={next} className="inline-block rounded bg-brand px-4 py-3 text-lg font-semibold text-on-brand">
      Continue to the admin
    </a>
  </section>
)
