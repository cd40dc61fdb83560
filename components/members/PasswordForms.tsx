'use client'
import { useActionState } from 'react'
import {
  changePasswordAction,
  forgotPasswordAction,
  type PasswordState,
  resetPasswordAction,
} from '@/features/account/passwordActions'

const input = 'w-full rounded border border-slate-400 px-3 py-3 text-lg'
const button = 'w-full rounded bg-brand px-4 py-3 text-lg font-semibold text-white disabled:opacity-60'

const Message = ({ state, ok }: { state: PasswordState; ok: string }) =>
  state.error ? (
    <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
      {state.error}
    </p>
  ) : state.ok ? (
    <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
      {ok}
    </p>
  ) : null

const NewPasswordFields = () => (
  <>
    <div>
      <label htmlFor="password" className="block font-medium">
        New password (at least 12 characters)
      </label>
      <input id="password" name="password" type="password" autoComplete="new-password" className={input} />
    </div>
    <div>
      <label htmlFor="confirm" className="block font-medium">
        New password again
      </label>
      <input id="confirm" name="confirm" type="password" autoComplete="new-password" className={input} />
    </div>
  </>
)

export const ForgotPasswordForm = () => {
  const [state, action, pending] = useActionState(forgotPasswordAction, {})
  return (
    <form action={action} className="space-y-4">
      <Message
        state={state}
        ok="If that address has an account, we have emailed it a link. It works for an hour."
      />
      <div>
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" className={input} />
      </div>
      <button type="submit" disabled={pending} className={button}>
        Email me a link
      </button>
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
      <button type="submit" disabled={pending} className={button}>
        Set password
      </button>
    </form>
  )
}

export const ChangePasswordForm = () => {
  const [state, action, pending] = useActionState(changePasswordAction, {})
  return (
    <form action={action} className="space-y-4">
      <Message state={state} ok="Password changed." />
      <div>
        <label htmlFor="current" className="block font-medium">
          Current password
        </label>
        <input
          id="current"
          name="current"
          type="password"
          autoComplete="current-password"
          className={input}
        />
      </div>
      <NewPasswordFields />
      <button type="submit" disabled={pending} className={button}>
        Change password
      </button>
    </form>
  )
}
