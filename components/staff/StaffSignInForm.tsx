'use client'
import { useActionState, useState } from 'react'
import { CurrentPasswordField } from '@/components/shared/CurrentPasswordField'
import { EmailAddressField } from '@/components/shared/EmailAddressField'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { signInInputClass } from '@/components/shared/inputClasses'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextField } from '@/components/shared/TextField'
import { type StaffSignInState, staffSignInAction } from '@/lib/staffAuth/staffSignInAction'
import { AuthenticatorSetup } from './AuthenticatorSetup'
import { RecoveryCodes } from './RecoveryCodes'

/**
 * Staff sign-in: email, password and the authenticator code on one form. The first time (no factor yet) the
 * code is left empty and the form shows the QR code to scan (the app lists it under the scheme's short
 * name), then asks for a code from it.
 */
export const StaffSignInForm = ({ next, schemeName }: { next?: string; schemeName: string }) => {
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
      <ErrorSummary message={state.error} />
      <input type="hidden" name="next" value={next ?? state.next ?? ''} />
      <EmailAddressField id="staff-email" value={email} onChange={(event) => setEmail(event.target.value)} />
      <CurrentPasswordField
        id="staff-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {enrolling ? <AuthenticatorSetup qr={enrolling.qr} secret={enrolling.secret} /> : null}
      <TextField
        id="staff-code"
        name="code"
        label="Authenticator code"
        hint={
          enrolling
            ? `The 6-digit code your app shows for ${schemeName}.`
            : 'The 6-digit code from your authenticator app, or one of your recovery codes. Leave empty the first time you sign in.'
        }
        type="text"
        inputMode="text"
        autoComplete="one-time-code"
        maxLength={40}
        className={signInInputClass}
      />
      <SubmitButton pending={pending} size="wide">
        {pending ? 'Signing in…' : enrolling ? 'Confirm and sign in' : 'Sign in'}
      </SubmitButton>
    </form>
  )
}
