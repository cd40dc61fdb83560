'use client'
import { useActionState, useState } from 'react'
import { type StaffSignInState, staffSignInAction } from '@/lib/staffAuth/staffSignInAction'

const inputClass = 'mt-1 w-full rounded border border-slate-400 px-3 py-3 text-lg'

/** Shown once after enrolment: the codes are stored only as hashes, so they cannot be shown again. */
const RecoveryCodes = ({ codes, next }: { codes: string[]; next: string }) => (
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
    <a href={next} className="inline-block rounded bg-brand px-4 py-3 text-lg font-semibold text-white">
      Continue to the admin
    </a>
  </section>
)

/**
 * Staff sign-in: email, password and the authenticator code on one form. The first time (no factor yet) the
 * code is left empty and the form shows the QR code to scan, then asks for a code from it.
 */
export const StaffSignInForm = ({ next }: { next?: string }) => {
  const [state, action, pending] = useActionState<StaffSignInState, FormData>(staffSignInAction, {})
  // Kept in state: React resets a form after its action, and the enrolment step re-sends both.
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  if (state.step === 'done' && state.recoveryCodes) {
    return <RecoveryCodes codes={state.recoveryCodes} next={state.next ?? '/admin'} />
  }
  const enrolling = state.step === 'enrol' ? state.enrol : undefined
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next ?? state.next ?? ''} />
      <div>
        <label htmlFor="staff-email" className="block font-medium">
          Email
        </label>
        <input
          id="staff-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="staff-password" className="block font-medium">
          Password
        </label>
        <input
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className={inputClass}
        />
      </div>
      {enrolling ? (
        <section
          aria-labelledby="enrol-heading"
          className="space-y-3 rounded border border-slate-300 bg-white p-4"
        >
          <h2 id="enrol-heading" className="text-xl font-semibold">
            Set up your authenticator app
          </h2>
          <p>
            Staff accounts need a second step to sign in. Scan this code with an authenticator app (for
            example Microsoft Authenticator, Google Authenticator or 1Password), then enter the 6-digit code
            it shows.
          </p>
          {/* biome-ignore lint/performance/noImgElement: a data: URL drawn on the server, not an optimisable asset */}
          <img src={enrolling.qr} alt="QR code for your authenticator app" width={200} height={200} />
          <p>
            Cannot scan? Type this setup key instead:{' '}
            <code id="staff-setup-key" className="break-all font-mono">
              {enrolling.secret}
            </code>
          </p>
        </section>
      ) : null}
      <div>
        <label htmlFor="staff-code" className="block font-medium">
          Authenticator code
        </label>
        <p id="staff-code-hint" className="text-sm text-slate-700">
          {enrolling
            ? 'The 6-digit code your app shows for NTARS.'
            : 'The 6-digit code from your authenticator app, or one of your recovery codes. Leave empty the first time you sign in.'}
        </p>
        <input
          id="staff-code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          aria-describedby="staff-code-hint"
          maxLength={40}
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand px-4 py-3 text-lg font-semibold text-white disabled:opacity-60"
      >
        {pending ? 'Signing in…' : enrolling ? 'Confirm and sign in' : 'Sign in'}
      </button>
    </form>
  )
}
