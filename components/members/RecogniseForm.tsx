'use client'
import { useActionState } from 'react'
import { type RecogniseState, recogniseAction } from '@/features/recognitions/recogniseAction'

export const RecogniseForm = ({ offenderId, now }: { offenderId: number; now: string }) => {
  const [state, action, pending] = useActionState<RecogniseState, FormData>(recogniseAction, {})
  if (state.ok) {
    return (
      <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
        Thank you: the scheme team will review your sighting.
      </p>
    )
  }
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer text-lg font-semibold">I recognise this person</summary>
      <form action={action} className="mt-3 space-y-3">
        {state.error ? (
          <p role="alert" className="text-red-800">
            {state.error}
          </p>
        ) : null}
        <input type="hidden" name="offender" value={offenderId} />
        <div>
          <label htmlFor="seenAt" className="block font-medium">
            When did you see them?
          </label>
          <input
            id="seenAt"
            name="seenAt"
            type="datetime-local"
            defaultValue={now}
            max={now}
            className="w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <fieldset>
          <legend className="font-medium">From what?</legend>
          {[
            ['cctv', 'CCTV'],
            ['in-person', 'In person'],
            ['photo', 'A photo'],
          ].map(([value, label]) => (
            <label key={value} className="mr-4 inline-flex items-center gap-1">
              <input type="radio" name="source" value={value} defaultChecked={value === 'in-person'} />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-medium">How sure are you?</legend>
          {[
            ['possible', 'Possibly'],
            ['likely', 'Probably'],
            ['certain', 'Certain'],
          ].map(([value, label]) => (
            <label key={value} className="mr-4 inline-flex items-center gap-1">
              <input type="radio" name="confidence" value={value} defaultChecked={value === 'likely'} />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="note" className="block font-medium">
            Anything else (optional)
          </label>
          <textarea
            id="note"
            name="note"
            rows={2}
            maxLength={500}
            className="w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white"
        >
          {pending ? 'Sending…' : 'Send to the scheme team'}
        </button>
      </form>
    </details>
  )
}
