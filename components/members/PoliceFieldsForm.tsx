'use client'
import { useActionState } from 'react'
import { policeOutcomes } from '@/collections/Incidents/incidentTypes'
import { type PoliceFieldsState, updatePoliceFieldsAction } from '@/features/reports/updatePoliceFieldsAction'

type Props = { id: number; crimeReference?: string | null; outcome?: string | null; notes?: string | null }

export const PoliceFieldsForm = ({ id, crimeReference, outcome, notes }: Props) => {
  const [state, action, pending] = useActionState<PoliceFieldsState, FormData>(updatePoliceFieldsAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Police details</h2>
      <input type="hidden" name="id" value={id} />
      {state.error ? (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.ok ? <p role="status">Saved.</p> : null}
      <div>
        <label htmlFor="crimeReference" className="block font-medium">
          Crime reference
        </label>
        <input
          id="crimeReference"
          name="crimeReference"
          defaultValue={crimeReference ?? ''}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="outcome" className="block font-medium">
          Outcome
        </label>
        <select
          id="outcome"
          name="outcome"
          defaultValue={outcome ?? 'none'}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          {policeOutcomes.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="notes" className="block font-medium">
          Notes
        </label>
        <textarea
          id="notes"
          name="notes"
          rows={3}
          defaultValue={notes ?? ''}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white"
      >
        {pending ? 'Saving…' : 'Save police details'}
      </button>
    </form>
  )
}
