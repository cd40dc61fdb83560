'use client'
import { useEffect, useRef } from 'react'
import { focusField } from './focusField'

type ErrorSummaryProps = {
  /** What went wrong, in a sentence; without one nothing is shown. */
  message?: string
  /** Each field's error by field name, in the order the form shows the fields. */
  errors?: Record<string, string>
  /** The id of the control for a field name (the name itself unless given); unknown names are not linked. */
  controlIdOf?: (field: string) => string | undefined
}

const sameName = (field: string) => field

/**
 * The form's error message, announced (role=alert) and focused when it appears or changes, with a link
 * to each field that has an error. What was typed stays: the summary says so when fields are marked.
 */
export const ErrorSummary = ({ message, errors, controlIdOf = sameName }: ErrorSummaryProps) => {
  const box = useRef<HTMLDivElement>(null)
  const entries = Object.entries(errors ?? {})
  // A string, not the object: forms rebuild the errors object on every render, and focus must not jump back
  // here while someone types.
  const signature = `${message ?? ''}\n${entries.flat().join('\n')}`
  useEffect(() => {
    if (signature.trim()) box.current?.focus()
  }, [signature])
  if (!message) return null
  return (
    <div
      ref={box}
      role="alert"
      tabIndex={-1}
      className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900"
    >
      <p className="font-semibold">{message}</p>
      {entries.length ? (
        <>
          <p>Your answers are still here; the problems are marked below.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {entries.map(([field, error]) => {
              const id = controlIdOf(field)
              return (
                <li key={field}>
                  {id ? (
                    <a
                      href={`#${id}`}
                      className="underline"
                      onClick={(event) => {
                        if (focusField(id)) event.preventDefault()
                      }}
                    >
                      {error}
                    </a>
                  ) : (
                    error
                  )}
                </li>
              )
            })}
          </ul>
        </>
      ) : null}
    </div>
  )
}
