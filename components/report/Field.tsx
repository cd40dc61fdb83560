import type React from 'react'

/** A labelled input with its error announced and linked, so a screen reader hears what to fix. */
export const Field = ({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  children: (describedBy: string | undefined) => React.ReactNode
}) => {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-1">{children(describedBy)}</div>
    </div>
  )
}

export const inputClass =
  'w-full rounded border border-slate-400 px-3 py-3 text-base aria-[invalid=true]:border-red-700'
