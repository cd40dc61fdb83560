'use client'
import { useActionState, useState } from 'react'
import { businessCategories } from '@/collections/Businesses/businessCategories'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextField } from '@/components/shared/TextField'
import { sendTownAlertAction, type TownAlertState } from '@/features/pushAlerts/townAlertActions'

const audiences = [
  ['all', 'Every member business'],
  ['category', 'Businesses of one type'],
  ['area', 'Businesses in one postcode area'],
] as const

/**
 * For police on a profile: tell member businesses this person has been seen in town. The notification
 * names nobody; members open the app to see who (docs/push-alerts.md).
 */
export const TownAlertForm = ({ offenderId }: { offenderId: number }) => {
  const [state, action, pending] = useActionState<TownAlertState, FormData>(sendTownAlertAction, {})
  const [kind, setKind] = useState<(typeof audiences)[number][0]>('all')
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">In town now</h2>
      <p className="text-sm">
        Members get a notification (or an email) saying someone from the gallery was seen at the place you
        give, without a name or photo. They see who after signing in.
      </p>
      <input type="hidden" name="offender" value={offenderId} />
      <ErrorSummary message={state.ok === false ? state.message : undefined} />
      {state.ok ? <p role="status">{state.message}</p> : null}
      <TextField
        id="townAlertPlace"
        name="place"
        label="Seen at"
        hint="A public place, such as “the bus station” or “Market Street”. No names: it shows on lock screens."
        required
        maxLength={120}
        className={compactInputClass}
      />
      <fieldset className="space-y-1">
        <legend className="font-medium">Tell</legend>
        {audiences.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="audienceKind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
              className="h-5 w-5"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {kind === 'category' ? (
        <SelectField
          id="townAlertCategory"
          name="category"
          label="Type of business"
          options={businessCategories}
        />
      ) : null}
      {kind === 'area' ? (
        <TextField
          id="townAlertArea"
          name="area"
          label="Postcode area"
          hint="The start of the postcode: a district such as NB1, or a sector such as NB1 4."
          maxLength={8}
          className={compactInputClass}
        />
      ) : null}
      <SubmitButton pending={pending} size="small">
        {pending ? 'Sending…' : 'Send “in town now”'}
      </SubmitButton>
    </form>
  )
}
