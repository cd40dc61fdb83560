'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { TextField } from '@/components/shared/TextField'
import { type PoliceFieldsState, updatePoliceFieldsAction } from '@/features/reports/updatePoliceFieldsAction'
import type { VocabularyOption } from '@/features/vocabulary/vocabularyOption'

type Props = {
  id: number
  crimeReference?: string | null
  outcome?: string | null
  notes?: string | null
  /** The scheme's police outcomes (settings), retired ones included. */
  outcomes: VocabularyOption[]
}

/** For police on a report: the crime reference, the outcome and their notes. */
export const PoliceFieldsForm = ({ id, crimeReference, outcome, notes, outcomes }: Props) => {
  // Retired outcomes are not offered, except the one this report already has.
  const current = outcome ?? 'none'
  const options = outcomes.filter((option) => !option.retired || option.value === current)
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
      <SelectField id="outcome" name="outcome" label="Outcome" options={options} defaultValue={current} />
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
