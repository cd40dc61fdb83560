'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { NewPasswordFields } from '@/components/shared/NewPasswordFields'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { type StaffResetState, staffResetPasswordAction } from '@/lib/staffAuth/staffResetPasswordAction'

/** The staff "choose a new password" form behind the emailed link. */
export const StaffResetPasswordForm = ({ token }: { token: string }) => {
  const [state, action, pending] = useActionState<StaffResetState, FormData>(staffResetPasswordAction, {})
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary message={state.error} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields passwordId="staff-new-password" confirmId="staff-confirm" />
      <SubmitButton pending={pending} size="wide">
        Set password
      </SubmitButton>
    </form>
  )
}
