'use client'
import { useActionState } from 'react'
import { statementLimits } from '@/collections/WitnessStatements/rules/statementLimits'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import {
  type RequestStatementState,
  requestStatementAction,
} from '@/features/witnessStatements/requestStatementAction'

/** For police on a report: ask the reporter for a witness statement, drafted from their report. */
export const RequestStatementForm = ({ incidentId }: { incidentId: number }) => {
  const [state, action, pending] = useActionState<RequestStatementState, FormData>(requestStatementAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Witness statement</h2>
      <input type="hidden" name="incidentId" value={incidentId} />
      <ErrorSummary message={state.error} />
      {state.ok ? (
        <p role="status">
          {state.emailed
            ? 'Asked. The reporter has been emailed a link to review and sign the statement.'
            : 'Asked. The email to the reporter could not be sent; they will see it in their members’ area.'}
        </p>
      ) : null}
      <TextAreaField
        id="statementNote"
        name="note"
        label="What should the statement cover? (optional)"
        rows={3}
        maxLength={statementLimits.requestNote}
        className={compactInputClass}
      />
      <SubmitButton pending={pending} size="small">
        {pending ? 'Asking…' : 'Ask the reporter for a witness statement'}
      </SubmitButton>
    </form>
  )
}
