'use client'
import { useActionState, useState } from 'react'
import { messageLimits } from '@/collections/ReportMessages/rules/messageLimits'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { TextField } from '@/components/shared/TextField'
import {
  askOnReportAction,
  type ConversationFormState,
} from '@/features/reportConversations/askOnReportAction'
import { RadioChoices } from './RadioChoices'

/** For police on a report: ask the reporter a question, or ask them to keep and send CCTV. */
export const AskOnReportForm = ({ incidentId }: { incidentId: number }) => {
  const [state, action, pending] = useActionState<ConversationFormState, FormData>(askOnReportAction, {})
  const [kind, setKind] = useState('question')
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">Ask the reporter</h3>
      <input type="hidden" name="incidentId" value={incidentId} />
      <ErrorSummary message={state.error} />
      {state.ok ? <p role="status">Sent. The reporter has been told by email.</p> : null}
      <RadioChoices
        legend="What do you need?"
        name="kind"
        choices={[
          ['question', 'A question'],
          ['cctv-request', 'CCTV footage'],
        ]}
        defaultValue="question"
        onChoose={setKind}
      />
      <TextAreaField
        id="askBody"
        name="body"
        label={kind === 'cctv-request' ? 'What footage do you need, and why?' : 'Your question'}
        rows={3}
        maxLength={messageLimits.body}
        required
        className={compactInputClass}
      />
      {kind === 'cctv-request' ? (
        <>
          <TextField
            id="cctvFrom"
            name="cctvFrom"
            type="datetime-local"
            label="Footage from (optional, UK time)"
            className={compactInputClass}
          />
          <TextField
            id="cctvTo"
            name="cctvTo"
            type="datetime-local"
            label="Footage until (optional, UK time)"
            className={compactInputClass}
          />
          <TextField
            id="cctvPlace"
            name="cctvPlace"
            label="Which camera or area (optional)"
            maxLength={messageLimits.cctvPlace}
            className={compactInputClass}
          />
        </>
      ) : null}
      <SubmitButton pending={pending} size="small">
        {pending ? 'Sending…' : kind === 'cctv-request' ? 'Request CCTV' : 'Send question'}
      </SubmitButton>
    </form>
  )
}
