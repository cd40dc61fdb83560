/** The first sign-in's enrolment step: the QR code to scan, and its setup key for typing in instead. */
export const AuthenticatorSetup = ({ qr, secret }: { qr: string; secret: string }) => (
  <section aria-labelledby="enrol-heading" className="space-y-3 rounded border border-slate-300 bg-white p-4">
    <h2 id="enrol-heading" className="text-xl font-semibold">
      Set up your authenticator app
    </h2>
    <p>
      Staff accounts need a second step to sign in. Scan this code with an authenticator app (for example
      Microsoft Authenticator, Google Authenticator or 1Password), then enter the 6-digit code it shows.
    </p>
    {/* biome-ignore lint/performance/noImgElement: a data: URL drawn on the server, not an optimisable asset */}
    <img src={qr} alt="QR code for your authenticator app" width={200} height={200} />
    <p>
      Cannot scan? Type this setup key instead:{' '}
      <code id="staff-setup-key" className="break-all font-mono">
        {secret}
      </code>
    </p>
  </section>
)
