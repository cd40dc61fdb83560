'use client'
import { useActionState } from 'react'
import { type StaffResetState, staffResetPasswordAction } from '@/lib/staffAuth/staffResetPasswordAction'

const input = 'mt-1 w-full rounded border border-slate-400 px-3 py-3 text-lg'

/** The staff "choose a new password" form behind the emailed link. */
export const StaffResetPasswordForm = ({ token }: { token: string }) => {
  const [state, action, pending] = useActionState<StaffResetState, FormData>(staffResetPasswordAction, {})
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="staff-new-password" className="block font-medium">
          New password (at least 12 characters)
        </label>
        <input
          id="staff-new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          className={input}
        />
      </div>
      <div>
        <label htmlFor="staff-confirm" className="block font-medium">
          New password again
        </label>
        <input
          id="staff-confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          className={input}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand px-4 py-3 text-lg font-semibold text-white disabled:opacity-60"
      >
        Set password
      </button>
    </form>
  )
}
