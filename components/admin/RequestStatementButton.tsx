'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState, useTransition } from 'react'
import { statementLimits } from '@/collections/WitnessStatements/rules/statementLimits'
import type { RequestStatementState } from '@/features/witnessStatements/requestStatementAction'
import { requestStatementStaffAction } from '@/features/witnessStatements/requestStatementStaffAction'

/**
 * Sidebar panel on an incident in the admin: ask the reporter for a witness statement, drafted from the
 * report. The action checks the staff account and the report itself; this is only the way there. Not a
 * form of its own: it sits inside the admin's document form, and a form may not hold another.
 */
export const RequestStatementButton = () => {
  const { id } = useDocumentInfo()
  const [note, setNote] = useState('')
  const [state, setState] = useState<RequestStatementState>({})
  const [pending, startTransition] = useTransition()
  if (!id) return null
  const ask = () =>
    startTransition(async () => {
      const form = new FormData()
      form.set('incidentId', String(id))
      form.set('note', note)
      setState(await requestStatementStaffAction({}, form))
    })
  return (
    <div className="field-type">
      <label className="field-label" htmlFor="statement-note">
        Witness statement: what should it cover? (optional)
      </label>
      <textarea
        id="statement-note"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        rows={3}
        maxLength={statementLimits.requestNote}
        style={{
          width: '100%',
          background: 'var(--theme-input-bg)',
          color: 'var(--theme-text)',
          border: '1px solid var(--theme-elevation-150)',
        }}
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
      <Button type="button" buttonStyle="secondary" size="small" disabled={pending} onClick={ask}>
        {pending ? 'Asking…' : 'Ask the reporter for a witness statement'}
      </Button>
    </div>
  )
}
