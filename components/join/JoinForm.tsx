'use client'
import { useState, useTransition } from 'react'
import { CheckboxField } from '@/components/shared/CheckboxField'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { inputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextField } from '@/components/shared/TextField'
import { useFormValues } from '@/components/shared/useFormValues'
import { honeypotField } from '@/features/join/honeypotField'
import { type JoinResult, joinSchemeAction } from '@/features/join/joinSchemeAction'
import { blankApplication, joinFields } from './blankApplication'
import { JoinSent } from './JoinSent'
import { businessTextFields, contactTextFields, type JoinTextField } from './joinTextFields'

const [businessName, ...addressFields] = businessTextFields

// Each answer's control has the answer's own name as its id.
const controlIdOf = (field: string) => (field in blankApplication && field !== 'trap' ? field : undefined)

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
  const form = useFormValues(blankApplication)
  const [result, setResult] = useState<JoinResult | null>(null)
  const [pending, startTransition] = useTransition()
  const refused = result && !result.ok ? result : null
  const errors = refused?.fieldErrors ?? {}
  // The id doubles as the name the server action reads.
  const answer = (key: (typeof joinFields)[number]) => ({
    ...form.textProps(key),
    name: key,
    error: errors[key],
  })
  const textField = ({ key, ...attributes }: JoinTextField) => (
    <TextField key={key} {...attributes} {...answer(key)} />
  )

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const body = new FormData()
    for (const key of joinFields) body.set(key, form.values[key])
    body.set('agreeToTerms', String(form.values.agreeToTerms))
    body.set(honeypotField, form.values.trap)
    startTransition(async () => {
      try {
        setResult(await joinSchemeAction(body))
      } catch {
        setResult({
          ok: false,
          message: 'No connection: your application was not sent. Check the signal and press Apply again.',
        })
      }
    })
  }

  if (result?.ok) return <JoinSent email={result.email} />

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <ErrorSummary message={refused?.message} errors={errors} controlIdOf={controlIdOf} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Your business</legend>
        {textField(businessName)}
        <SelectField
          label="Kind of business"
          options={categories}
          emptyOption="Choose…"
          required
          className={`${inputClass} bg-white`}
          {...answer('category')}
        />
        {addressFields.map(textField)}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Who we should contact</legend>
        {contactTextFields.map(textField)}
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
          value={form.values.trap}
          onChange={(event) => form.set('trap', event.target.value)}
        />
      </div>

      <CheckboxField
        label="I agree to the information-sharing terms above on behalf of the business, and I am allowed to do so."
        describedBy={termsId}
        error={errors.agreeToTerms}
        required
        name="agreeToTerms"
        className="mt-1 size-6 shrink-0"
        {...form.checkboxProps('agreeToTerms')}
      />

      <SubmitButton pending={pending} size="large">
        {pending ? 'Sending…' : 'Apply to join'}
      </SubmitButton>
    </form>
  )
}
