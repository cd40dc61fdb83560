'use client'
import { useActionState } from 'react'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { type AcceptState, acceptDocumentAction } from '@/features/documents/acceptDocumentAction'

/** A business manager accepts one version of the scheme rules or sharing agreement for their business. */
export const AcceptDocumentForm = ({
  documentId,
  versionId,
  title,
  versionLabel,
}: {
  documentId: number
  versionId: number
  title: string
  versionLabel: string
}) => {
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptDocumentAction, null)
  if (state?.ok) {
    return (
      <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
        {state.message}
      </p>
    )
  }
  const boxId = `accept-${documentId}`
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="document" value={documentId} />
      <input type="hidden" name="version" value={versionId} />
      {state?.message ? (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">
          {state.message}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input id={boxId} name="accept" type="checkbox" value="yes" required className="mt-1 h-6 w-6" />
        <label htmlFor={boxId} className="text-lg">
          I accept {title}, version {versionLabel}, for my business
        </label>
      </div>
      <SubmitButton pending={pending} size="small">
        {pending ? 'Saving…' : 'Accept'}
      </SubmitButton>
    </form>
  )
}
