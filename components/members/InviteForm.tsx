'use client'
import { useActionState } from 'react'
import { inviteMemberAction, type TeamState } from '@/features/team/teamActions'

export const InviteForm = () => {
  const [state, action, pending] = useActionState<TeamState, FormData>(inviteMemberAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Invite a colleague</h2>
      {state.error ? (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.ok ? <p role="status">{state.ok}</p> : null}
      <div>
        <label htmlFor="invite-name" className="block font-medium">
          Name
        </label>
        <input id="invite-name" name="name" className="w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="invite-email" className="block font-medium">
          Email
        </label>
        <input
          id="invite-email"
          name="email"
          type="email"
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="invite-role" className="block font-medium">
          Role
        </label>
        <select
          id="invite-role"
          name="role"
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="member">Member: reports and the gallery</option>
          <option value="business-manager">Business manager: also manages logins</option>
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white"
      >
        {pending ? 'Sending…' : 'Send invitation'}
      </button>
    </form>
  )
}
