'use client'
import { useActionState } from 'react'
import { policeOutcomes } from '@/collections/Incidents/incidentTypes'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { TextField } from '@/components/shared/TextField'
import { type PoliceFieldsState, updatePoliceFieldsAction } from '@/features/reports/updatePoliceFieldsAction'

type Props = { id: number; crimeReference?: string | null; outcome?: string | null; notes?: string | null }

/** For police on a report: the crime reference, the outcome and their notes. */
export const PoliceFieldsForm = ({ id, crimeReference, outcome, notes }: Props) => {
  const [state, action, pending] = useActionState<PoliceFieldsState, FormData>(updatePoliceFieldsAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Police details</h2>
      <input type="hidden" name="id" value={id} />
      <ErrorSummary message={state.error} />
      {state.ok ? <p role="status">Saved.</p> : null}
      <TextField
        id="crimeReference"
        name="crimeReference"
        label="Crime reference"
        defaultValue={crimeReference ?? ''}
        className={compactInputClass}
      />
      <SelectField
        id="outcome"
        name="outcome"
        label="Outcome"
        options={policeOutcomes}
        defaultValue={outcome ?? 'none'}
      />
      <TextAreaField
        id="notes"
        name="notes"
        label="Notes"
        rows={3}
        defaultValue={notes ?? ''}
        className={compactInputClass}
      />
      <SubmitButton pending={pending} size="small">
        {pending ? 'Saving…' : 'Save police details'}
      </SubmitButton>
    </form>
  )
}
