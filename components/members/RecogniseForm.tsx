'use client'
import { useActionState, useState } from 'react'
import { needsDistance } from '@/collections/Recognitions/rules/needsDistance'
import { needsViewedImage } from '@/collections/Recognitions/rules/needsViewedImage'
import {
  distanceChoices,
  howOftenChoices,
  howWellChoices,
  knownForChoices,
  lastSeenChoices,
  lightingChoices,
  obstructionChoices,
  type RecognitionSource,
  viewingTimeChoices,
} from '@/collections/Recognitions/rules/turnbullChoices'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { type RecogniseState, recogniseAction } from '@/features/recognitions/recogniseAction'
import { PastTimeField } from './PastTimeField'
import { RadioChoices } from './RadioChoices'
import { RecognitionImageChoice } from './RecognitionImageChoice'

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

const question = (name: string, label: string, options: readonly { value: string; label: string }[]) => (
  <SelectField
    id={`recognise-${name}`}
    name={name}
    label={label}
    options={options}
    emptyOption="Choose…"
    required
  />
)

/**
 * On a profile: tell the scheme team you saw this person, when, from what and how sure you are, with what a
 * court will ask of a recognition (which image, how well you know them, how good the view was).
 */
export const RecogniseForm = ({
  offenderId,
  now,
  imageIds,
}: {
  offenderId: number
  now: string
  imageIds: number[]
}) => {
  const [state, action, pending] = useActionState<RecogniseState, FormData>(recogniseAction, {})
  const [source, setSource] = useState<RecognitionSource>('in-person')
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
      <form action={action} className="mt-3 space-y-4">
        <ErrorSummary message={state.error} />
        <input type="hidden" name="offender" value={offenderId} />
        <PastTimeField id="seenAt" label="When did you see them?" now={now} />
        <RadioChoices
          legend="From what?"
          name="source"
          choices={sources}
          defaultValue="in-person"
          onChoose={(value) => setSource(value as RecognitionSource)}
        />
        {needsViewedImage(source) ? <RecognitionImageChoice imageIds={imageIds} name="viewedImage" /> : null}
        <fieldset className="space-y-2">
          <legend className="font-medium">How you know them</legend>
          {question('knownFor', 'How long have you known them?', knownForChoices)}
          {question('howWell', 'How well do you know them?', howWellChoices)}
          {question('howOften', 'How often had you seen them before?', howOftenChoices)}
          {question('lastSeenBefore', 'When had you last seen them before this?', lastSeenChoices)}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">How you saw them</legend>
          {question(
            'viewingTime',
            needsViewedImage(source)
              ? 'How long did you look at the image?'
              : 'How long did you see them for?',
            viewingTimeChoices,
          )}
          {needsDistance(source) ? question('distance', 'How far away were they?', distanceChoices) : null}
          {question('lighting', 'What was the light like?', lightingChoices)}
          {question('obstructions', 'Was anything in the way?', obstructionChoices)}
          <TextAreaField
            id="viewingNote"
            name="viewingNote"
            label="Anything else about the view (optional)"
            rows={2}
            maxLength={500}
            className={compactInputClass}
          />
        </fieldset>
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
