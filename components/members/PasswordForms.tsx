'use client'
import { useActionState } from 'react'
import { CurrentPasswordField } from '@/components/shared/CurrentPasswordField'
import { EmailAddressField } from '@/components/shared/EmailAddressField'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { NewPasswordFields } from '@/components/shared/NewPasswordFields'
import { SubmitButton } from '@/components/shared/SubmitButton'
import {
  changePasswordAction,
  forgotPasswordAction,
  type PasswordState,
  resetPasswordAction,
} from '@/features/account/passwordActions'

const Message = ({ state, ok }: { state: PasswordState; ok: string }) =>
  state.error ? (
    <ErrorSummary message={state.error} />
  ) : state.ok ? (
    <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
      {ok}
    </p>
  ) : null

export const ForgotPasswordForm = () => {
  const [state, action, pending] = useActionState(forgotPasswordAction, {})
  return (
    <form action={action} className="space-y-4">
      <Message
        state={state}
        ok="If that address has an account, we have emailed it a link. It works for an hour."
      />
      <EmailAddressField id="email" />
      <SubmitButton pending={pending} size="wide">
        Email me a link
      </SubmitButton>
    </form>
  )
}

export const ResetPasswordForm = ({ token }: { token: string }) => {
  const [state, action, pending] = useActionState(resetPasswordAction, {})
  return (
    <form action={action} className="space-y-4">
      <Message state={state} ok="Password set." />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields />
      <SubmitButton pending={pending} size="wide">
        Set password
      </SubmitButton>
    </form>
  )
}

export const ChangePasswordForm = () => {
  const [state, action, pending] = useActionState(changePasswordAction, {})
  return (
    <form action={action} className="space-y-4">
      <Message state={state} ok="Password changed." />
      <CurrentPasswordField id="current" name="current" label="Current password" />
      <NewPasswordFields />
      <SubmitButton pending={pending} size="wide">
        Change password
      </SubmitButton>
    </form>
  )
}
