'use client'
import { useActionState, useState } from 'react'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextField } from '@/components/shared/TextField'
import { SignatureField } from '@/components/signature/SignatureField'
import { type ServeNoticeState, serveNoticeAction } from '@/features/exclusionNotices/serveNoticeAction'

const choices = [
  ['signed', 'They signed'],
  ['refused', 'Refused to sign'],
] as const

/**
 * Serving a notice on a phone: where it was served, then the person's signature drawn on screen or
 * "Refused to sign". Who served it and when are taken from the session by the action, not asked here.
 */
export const ServeNoticeForm = ({ noticeId, profileId }: { noticeId: number; profileId: number }) => {
  const [state, action, pending] = useActionState<ServeNoticeState, FormData>(serveNoticeAction, {})
  const [signature, setSignature] = useState<'signed' | 'refused'>('signed')
  if (state.ok) {
    return (
      <div role="status" className="space-y-3 rounded border-l-4 border-green-700 bg-green-50 p-4">
        <p className="font-semibold">Notice served and recorded.</p>
        <p>
          <a className="underline" href={`/notices/${noticeId}/pdf`} download>
            Download the signed notice (PDF)
          </a>
        </p>
        <p>
          <a className="underline" href={`/offenders/${profileId}`}>
            Back to the profile
          </a>
        </p>
      </div>
    )
  }
  return (
    <form action={action} className="space-y-5">
      <ErrorSummary message={state.error} />
      <input type="hidden" name="notice" value={noticeId} />
      <TextField
        id="place"
        name="place"
        label="Where did you serve it?"
        hint="For example: outside the Copper Kettle, Market Street."
        required
        minLength={2}
        maxLength={200}
        autoComplete="off"
      />
      <fieldset className="space-y-2">
        <legend className="font-medium">Did the person sign?</legend>
        {choices.map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-3 text-lg">
            <input
              type="radio"
              name="signature"
              value={value}
              checked={signature === value}
              onChange={() => setSignature(value)}
              className="h-6 w-6"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {signature === 'signed' ? (
        <SignatureField
          name="signatureImage"
          label="Signature of the person receiving the notice"
          hint="Hand them the phone and ask them to sign with a finger in the box."
          required
        />
      ) : null}
      <SubmitButton pending={pending} size="large">
        {pending ? 'Recording…' : 'Record that the notice was served'}
      </SubmitButton>
    </form>
  )
}
