'use client'
import { useActionState } from 'react'
import { CurrentPasswordField } from '@/components/shared/CurrentPasswordField'
import { EmailAddressField } from '@/components/shared/EmailAddressField'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { type SignInState, signInAction } from '@/features/account/signInAction'

/** Members' sign-in: email and password; the address stays filled in after a refusal. */
export const SignInForm = ({ next }: { next?: string }) => {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {})
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary message={state.error} />
      <input type="hidden" name="next" value={next ?? ''} />
      <EmailAddressField id="email" defaultValue={state.email} />
      <CurrentPasswordField id="password" />
      <SubmitButton pending={pending} size="wide">
        {pending ? 'Signing in…' : 'Sign in'}
      </SubmitButton>
    </form>
  )
}
