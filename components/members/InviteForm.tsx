'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextField } from '@/components/shared/TextField'
import { inviteMemberAction, type TeamState } from '@/features/team/teamActions'

const roles = [
  { value: 'member', label: 'Member: reports and the gallery' },
  { value: 'business-manager', label: 'Business manager: also manages logins' },
] as const

/** For business managers: invite a colleague to the members' area. */
export const InviteForm = () => {
  const [state, action, pending] = useActionState<TeamState, FormData>(inviteMemberAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Invite a colleague</h2>
      <ErrorSummary message={state.error} />
      {state.ok ? <p role="status">{state.ok}</p> : null}
      <TextField id="invite-name" name="name" label="Name" required className={compactInputClass} />
      <TextField
        id="invite-email"
        name="email"
        label="Email"
        type="email"
        required
        className={compactInputClass}
      />
      <SelectField id="invite-role" name="role" label="Role" options={roles} />
      <SubmitButton pending={pending} size="small">
        {pending ? 'Sending…' : 'Send invitation'}
      </SubmitButton>
    </form>
  )
}
