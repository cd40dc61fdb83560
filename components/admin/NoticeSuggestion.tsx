'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Suggestion = { stage: 'none' | 'warning' | 'exclusion'; points: number; reasons: string[] }

const stageNames: Record<Suggestion['stage'], string> = {
  none: 'No notice',
  warning: 'Warning (yellow)',
  exclusion: 'Exclusion (red)',
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value

/**
 * On the notice form, what the scheme's rules suggest for the chosen profile, with the reasons, before staff
 * save: worked out by the staff-only suggestion route with the same function the save uses. When the stage
 * chosen differs, it says an override reason is needed.
 */
export const NoticeSuggestion = () => {
  const { id } = useDocumentInfo()
  const offender = useFormFields(([fields]) => idOf(fields.offender?.value))
  const stage = useFormFields(([fields]) => fields.stage?.value as string | undefined)
  const [state, setState] = useState<{ suggestion?: Suggestion; error?: string; loading?: boolean }>({})

  useEffect(() => {
    if (offender === undefined || offender === null || offender === '') {
      setState({})
      return
    }
    const controller = new AbortController()
    setState({ loading: true })
    const query = new URLSearchParams({ offender: String(offender), ...(id ? { notice: String(id) } : {}) })
    fetch(`/staff/exclusion-notices/suggestion?${query}`, {
      signal: controller.signal,
      credentials: 'include',
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(await response.text())
        setState({ suggestion: (await response.json()) as Suggestion })
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ error: error.message || 'No suggestion.' })
      })
    return () => controller.abort()
  }, [offender, id])

  const { suggestion, error, loading } = state
  return (
    <div className="field-type" aria-live="polite" data-testid="notice-suggestion">
      <span className="field-label">{id ? 'The rules suggest now' : 'The rules suggest'}</span>
      {!offender ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>Choose the profile to see the suggested stage.</p>
      ) : loading ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>Working it out…</p>
      ) : error ? (
        <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>
      ) : suggestion ? (
        <>
          <p style={{ margin: '0 0 0.5rem', fontWeight: 600 }}>
            {stageNames[suggestion.stage]} (
            {suggestion.points === 1 ? '1 point' : `${suggestion.points} points`})
          </p>
          <ul style={{ margin: '0 0 0.5rem', paddingLeft: '1.25rem' }}>
            {suggestion.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {stage && stage !== suggestion.stage ? (
            <p style={{ color: 'var(--theme-warning-500)' }}>
              You chose {stageNames[stage as Suggestion['stage']] ?? stage}: give the reason in “Override
              reason” below.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
