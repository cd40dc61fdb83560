import type { ReactNode } from 'react'

/** A field's hint and error, under the ids that `fieldControlOf` points the control to. */
export const FieldMessages = ({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) => (
  <>
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
  </>
)
