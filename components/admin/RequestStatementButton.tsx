'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useActionState } from 'react'
import { statementLimits } from '@/collections/WitnessStatements/rules/statementLimits'
import type { RequestStatementState } from '@/features/witnessStatements/requestStatementAction'
import { requestStatementStaffAction } from '@/features/witnessStatements/requestStatementStaffAction'

/**
 * Sidebar panel on an incident in the admin: ask the reporter for a witness statement, drafted from the
 * report. The action checks the staff account and the report itself; this is only the way there.
 */
export const RequestStatementButton = () => {
  const { id } = useDocumentInfo()
  const [state, action, pending] = useActionState<RequestStatementState, FormData>(
    requestStatementStaffAction,
    {},
  )
  if (!id) return null
  return (
    <form action={action} className="field-type">
      <input type="hidden" name="incidentId" value={String(id)} />
      <label className="field-label" htmlFor="statement-note">
        Witness statement: what should it cover? (optional)
      </label>
      <textarea
        id="statement-note"
        name="note"
        rows={3}
        maxLength={statementLimits.requestNote}
        style={{ width: '100%', background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }}
      />
      {state.error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {state.error}
        </p>
      ) : null}
      {state.ok ? (
        <p role="status" style={{ color: 'var(--theme-success-500)' }}>
          {state.emailed ? 'Asked: the reporter has been emailed.' : 'Asked: the email could not be sent.'}
        </p>
      ) : null}
      <Button type="submit" buttonStyle="secondary" size="small" disabled={pending}>
        {pending ? 'Asking…' : 'Ask the reporter for a witness statement'}
      </Button>
    </form>
  )
}
