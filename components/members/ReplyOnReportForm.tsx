'use client'
import { useActionState } from 'react'
import { messageLimits } from '@/collections/ReportMessages/rules/messageLimits'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { TextField } from '@/components/shared/TextField'
import type { ConversationFormState } from '@/features/reportConversations/askOnReportAction'
import { replyOnReportAction } from '@/features/reportConversations/replyOnReportAction'

/** For the reporter on their report: answer what police or the scheme asked, with photos if they have any. */
export const ReplyOnReportForm = ({ incidentId }: { incidentId: number }) => {
  const [state, action, pending] = useActionState<ConversationFormState, FormData>(replyOnReportAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">Your answer</h3>
      <input type="hidden" name="incidentId" value={incidentId} />
      <ErrorSummary message={state.error} />
      {state.ok ? <p role="status">Sent. Thank you: whoever asked has been told.</p> : null}
      <TextAreaField
        id="replyBody"
        name="body"
        label="Your answer"
        rows={4}
        maxLength={messageLimits.body}
        required
        className={compactInputClass}
      />
      <TextField
        id="replyPhotos"
        name="photos"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        label={`Photos or CCTV stills (optional, up to ${messageLimits.photos})`}
        hint="JPEG, PNG or WebP, 10 MB each at most."
        className={compactInputClass}
      />
      <SubmitButton pending={pending} size="small">
        {pending ? 'Sending…' : 'Send answer'}
      </SubmitButton>
    </form>
  )
}
