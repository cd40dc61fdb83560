'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState, useTransition } from 'react'
import { messageLimits } from '@/collections/ReportMessages/rules/messageLimits'
import type { ConversationFormState } from '@/features/reportConversations/askOnReportAction'
import { askOnReportStaffAction } from '@/features/reportConversations/askOnReportStaffAction'
import {
  readConversationStaffAction,
  type StaffThreadEntry,
} from '@/features/reportConversations/readConversationStaffAction'

const inputStyle = {
  width: '100%',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-text)',
  border: '1px solid var(--theme-elevation-150)',
  padding: '6px',
}

/**
 * On an incident in the admin: the report's conversation with its reporter, and a way to ask a question or
 * request CCTV. The actions check the staff account and the report; this is only the way there. Not a form of
 * its own: it sits inside the admin's document form, and a form may not hold another.
 */
export const ReportConversationPanel = () => {
  const { id } = useDocumentInfo()
  const incidentId = Number(id)
  const [thread, setThread] = useState<StaffThreadEntry[]>([])
  const [kind, setKind] = useState('question')
  const [body, setBody] = useState('')
  const [cctvFrom, setCctvFrom] = useState('')
  const [cctvTo, setCctvTo] = useState('')
  const [cctvPlace, setCctvPlace] = useState('')
  const [state, setState] = useState<ConversationFormState>({})
  const [pending, startTransition] = useTransition()
  const reload = useCallback(() => {
    if (Number.isInteger(incidentId)) readConversationStaffAction(incidentId).then(setThread)
  }, [incidentId])
  useEffect(reload, [reload])
  if (!id) return null
  const ask = () =>
    startTransition(async () => {
      const form = new FormData()
      form.set('incidentId', String(id))
      form.set('kind', kind)
      form.set('body', body)
      if (kind === 'cctv-request') {
        form.set('cctvFrom', cctvFrom)
        form.set('cctvTo', cctvTo)
        form.set('cctvPlace', cctvPlace)
      }
      const result = await askOnReportStaffAction({}, form)
      setState(result)
      if (result.ok) {
        setBody('')
        reload()
      }
    })
  return (
    <div className="field-type" id="report-conversation">
      <h3>Questions to the reporter</h3>
      {thread.length ? (
        <ol style={{ listStyle: 'none', padding: 0 }} aria-label="Messages on this report">
          {thread.map((message) => (
            <li
              key={message.id}
              style={{
                borderLeft: '3px solid var(--theme-elevation-300)',
                padding: '4px 8px',
                marginBottom: 8,
              }}
            >
              <strong>{message.heading}</strong> · {message.createdAt}
              {message.cctv ? <div>CCTV wanted {message.cctv}</div> : null}
              <div style={{ whiteSpace: 'pre-line' }}>{message.body}</div>
              {message.photos.map((photo) => (
                <a key={photo} href={`/admin/collections/evidence/${photo}`} style={{ marginRight: 8 }}>
                  Photo {photo}
                </a>
              ))}
            </li>
          ))}
        </ol>
      ) : (
        <p>Nobody has asked anything about this report yet.</p>
      )}
      <label className="field-label" htmlFor="conversation-kind">
        Ask the reporter
      </label>
      <select
        id="conversation-kind"
        value={kind}
        onChange={(event) => setKind(event.target.value)}
        style={inputStyle}
      >
        <option value="question">A question</option>
        <option value="cctv-request">CCTV footage</option>
      </select>
      <label className="field-label" htmlFor="conversation-body">
        {kind === 'cctv-request' ? 'What footage is needed, and why?' : 'Your question'}
      </label>
      <textarea
        id="conversation-body"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        rows={3}
        maxLength={messageLimits.body}
        style={inputStyle}
      />
      {kind === 'cctv-request' ? (
        <>
          <label className="field-label" htmlFor="conversation-from">
            Footage from (optional, UK time)
          </label>
          <input
            id="conversation-from"
            type="datetime-local"
            value={cctvFrom}
            onChange={(event) => setCctvFrom(event.target.value)}
            style={inputStyle}
          />
          <label className="field-label" htmlFor="conversation-to">
            Footage until (optional, UK time)
          </label>
          <input
            id="conversation-to"
            type="datetime-local"
            value={cctvTo}
            onChange={(event) => setCctvTo(event.target.value)}
            style={inputStyle}
          />
          <label className="field-label" htmlFor="conversation-place">
            Which camera or area (optional)
          </label>
          <input
            id="conversation-place"
            value={cctvPlace}
            maxLength={messageLimits.cctvPlace}
            onChange={(event) => setCctvPlace(event.target.value)}
            style={inputStyle}
          />
        </>
      ) : null}
      {state.error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {state.error}
        </p>
      ) : null}
      {state.ok ? (
        <p role="status" style={{ color: 'var(--theme-success-500)' }}>
          Sent: the reporter has been told by email.
        </p>
      ) : null}
      <Button type="button" buttonStyle="secondary" size="small" disabled={pending} onClick={ask}>
        {pending ? 'Sending…' : kind === 'cctv-request' ? 'Request CCTV' : 'Send question'}
      </Button>
    </div>
  )
}
