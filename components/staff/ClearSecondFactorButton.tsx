'use client'
import { startTransition, useActionState } from 'react'
import { type ClearSecondFactorState, clearSecondFactorAction } from '@/lib/staffAuth/clearSecondFactorAction'

/** The admin's "reset second factor" button on a staff account (a form of its own, outside the edit form). */
export const ClearSecondFactorButton = ({ userId }: { userId: number }) => {
  const [state, action, pending] = useActionState<ClearSecondFactorState, FormData>(
    clearSecondFactorAction,
    {},
  )
  if (state.ok)
    return <p role="status">Second factor reset. They set up their authenticator again at next sign-in.</p>
  return (
    <div>
      {state.error ? <p role="alert">{state.error}</p> : null}
      <button
        type="button"
        disabled={pending}
        className="btn btn--style-secondary btn--size-small"
        onClick={() => {
          if (!window.confirm('Reset this account’s second factor? They will be signed out everywhere.'))
            return
          const form = new FormData()
          form.set('id', String(userId))
          startTransition(() => action(form))
        }}
      >
        Reset second factor
      </button>
    </div>
  )
}
