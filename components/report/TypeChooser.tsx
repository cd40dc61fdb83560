'use client'
import type { ReportTypeOption } from '@/features/vocabulary/vocabularyOption'

/** Big buttons for the report type: one tap behind a till, in the scheme's order (most common first). */
export const TypeChooser = ({
  types,
  value,
  onChange,
  error,
}: {
  types: ReportTypeOption[]
  value: string
  onChange: (value: string) => void
  error?: string
}) => (
  <fieldset id="type" aria-describedby={error ? 'type-error' : undefined}>
    <legend className="text-lg font-semibold">What kind of incident?</legend>
    {error ? (
      <p id="type-error" className="mt-1 text-red-800">
        {error}
      </p>
    ) : null}
    <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
      {types.map((type) => (
        <label
          key={type.value}
          className={`flex min-h-14 cursor-pointer items-center justify-center rounded-lg border-2 px-2 py-3 text-center font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent ${
            value === type.value
              ? 'border-brand bg-brand text-on-brand'
              : 'border-slate-300 bg-white text-slate-900'
          }`}
        >
          <input
            type="radio"
            name="type"
            value={type.value}
            checked={value === type.value}
            onChange={() => onChange(type.value)}
            className="sr-only"
          />
          {type.label}
        </label>
      ))}
    </div>
  </fieldset>
)
