'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { type RecogniseState, recogniseAction } from '@/features/recognitions/recogniseAction'
import { PastTimeField } from './PastTimeField'
import { RadioChoices } from './RadioChoices'

const sources = [
  ['cctv', 'CCTV'],
  ['in-person', 'In person'],
  ['photo', 'A photo'],
] as const

const confidences = [
  ['possible', 'Possibly'],
  ['likely', 'Probably'],
  ['certain', 'Certain'],
] as const

/** On a profile: tell the scheme team you saw this person, when, from what and how sure you are. */
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
        <ErrorSummary message={state.error} />
        <input type="hidden" name="offender" value={offenderId} />
        <PastTimeField id="seenAt" label="When did you see them?" now={now} />
        <RadioChoices legend="From what?" name="source" choices={sources} defaultValue="in-person" />
        <RadioChoices
          legend="How sure are you?"
          name="confidence"
          choices={confidences}
          defaultValue="likely"
        />
        <TextAreaField
          id="note"
          name="note"
          label="Anything else (optional)"
          rows={2}
          maxLength={500}
          className={compactInputClass}
        />
        <SubmitButton pending={pending} size="small">
          {pending ? 'Sending…' : 'Send to the scheme team'}
        </SubmitButton>
      </form>
    </details>
  )
}
