'use client'
import { useState, useTransition } from 'react'
import { Field, inputClass } from '@/components/report/Field'
import { honeypotField } from '@/features/join/honeypotField'
import { type JoinResult, joinSchemeAction } from '@/features/join/joinSchemeAction'

type Values = {
  businessName: string
  addressLine1: string
  addressLine2: string
  postcode: string
  category: string
  contactName: string
  contactEmail: string
  contactPhone: string
  agreeToTerms: boolean
  trap: string
}

const blank: Values = {
  businessName: '',
  addressLine1: '',
  addressLine2: '',
  postcode: '',
  category: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  agreeToTerms: false,
  trap: '',
}

type TextField = Exclude<keyof Values, 'agreeToTerms' | 'trap' | 'category'>

/**
 * The public join form, phone first. What is typed lives in component state and goes to a server action,
 * so a refused answer (or a dropped connection) never clears the form.
 */
export const JoinForm = ({
  categories,
  termsId,
}: {
  categories: readonly { label: string; value: string }[]
  /** The id of the terms summary on the page, which the agreement checkbox points to. */
  termsId: string
}) => {
  const [values, setValues] = useState<Values>(blank)
  const [result, setResult] = useState<JoinResult | null>(null)
  const [pending, startTransition] = useTransition()
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }))
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const form = new FormData()
    for (const [key, value] of Object.entries(values)) {
      if (key !== 'trap') form.set(key, typeof value === 'boolean' ? String(value) : value)
    }
    form.set(honeypotField, values.trap)
    startTransition(async () => {
      try {
        setResult(await joinSchemeAction(form))
      } catch {
        setResult({
          ok: false,
          message: 'No connection: your application was not sent. Check the signal and press Apply again.',
        })
      }
    })
  }

  if (result?.ok) {
    return (
      <div role="status" className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-4">
        <h2 className="text-xl font-bold">Application sent</h2>
        <p>
          Thank you. We have emailed a confirmation to <strong>{result.email || 'you'}</strong>. The scheme
          team will review your application and email you when it is decided.
        </p>
      </div>
    )
  }

  const text = (
    key: TextField,
    label: string,
    extra: React.InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {},
  ) => {
    const { hint, ...attributes } = extra
    return (
      <Field id={key} label={label} hint={hint} error={errors[key]}>
        {(describedBy) => (
          <input
            id={key}
            name={key}
            value={values[key]}
            onChange={(event) => set(key, event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors[key])}
            className={inputClass}
            {...attributes}
          />
        )}
      </Field>
    )
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {result && !result.ok ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{result.message}</p>
          {Object.keys(errors).length ? (
            <p>Your answers are still here; the problems are marked below.</p>
          ) : null}
        </div>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Your business</legend>
        {text('businessName', 'Business name', { autoComplete: 'organization', maxLength: 160 })}
        <Field id="category" label="Kind of business" error={errors.category}>
          {(describedBy) => (
            <select
              id="category"
              name="category"
              value={values.category}
              onChange={(event) => set('category', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={Boolean(errors.category)}
              className={`${inputClass} bg-white`}
            >
              <option value="">Choose…</option>
              {categories.map((category) => (
                <option key={category.value} value={category.value}>
                  {category.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('addressLine1', 'Address line 1', { autoComplete: 'address-line1', maxLength: 160 })}
        {text('addressLine2', 'Address line 2 (optional)', { autoComplete: 'address-line2', maxLength: 160 })}
        {text('postcode', 'Postcode', {
          autoComplete: 'postal-code',
          autoCapitalize: 'characters',
          maxLength: 10,
          className: `${inputClass} max-w-40`,
        })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Who we should contact</legend>
        {text('contactName', 'Your name', { autoComplete: 'name', maxLength: 120 })}
        {text('contactEmail', 'Email', {
          type: 'email',
          autoComplete: 'email',
          inputMode: 'email',
          maxLength: 254,
          hint: 'We send the confirmation here. When you are approved, your members’ area login goes here too.',
        })}
        {text('contactPhone', 'Phone', { type: 'tel', autoComplete: 'tel', inputMode: 'tel', maxLength: 40 })}
      </fieldset>

      {/* A trap for form-filling bots: hidden from people and screen readers, never focused by Tab. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor={honeypotField}>Leave this empty</label>
        <input
          id={honeypotField}
          name={honeypotField}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.trap}
          onChange={(event) => set('trap', event.target.value)}
        />
      </div>

      <div>
        {errors.agreeToTerms ? (
          <p id="agreeToTerms-error" className="font-medium text-red-800">
            {errors.agreeToTerms}
          </p>
        ) : null}
        <label htmlFor="agreeToTerms" className="flex items-start gap-3">
          <input
            id="agreeToTerms"
            name="agreeToTerms"
            type="checkbox"
            checked={values.agreeToTerms}
            onChange={(event) => set('agreeToTerms', event.target.checked)}
            aria-describedby={[termsId, errors.agreeToTerms ? 'agreeToTerms-error' : null]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={Boolean(errors.agreeToTerms)}
            className="mt-1 size-6 shrink-0"
          />
          <span>
            I agree to the information-sharing terms above on behalf of the business, and I am allowed to do
            so.
          </span>
        </label>
      </div>

      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-brand px-4 py-4 text-xl font-bold text-white disabled:opacity-60"
      >
        {pending ? 'Sending…' : 'Apply to join'}
      </button>
    </form>
  )
}
