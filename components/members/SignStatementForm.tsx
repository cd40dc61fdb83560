'use client'
import { useActionState } from 'react'
import { mg11Declaration } from '@/collections/WitnessStatements/pdf/mg11Text'
import { statementLimits } from '@/collections/WitnessStatements/rules/statementLimits'
import { CheckboxField } from '@/components/shared/CheckboxField'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { TextField } from '@/components/shared/TextField'
import { useFormValues } from '@/components/shared/useFormValues'
import { SignatureField } from '@/components/signature/SignatureField'
import {
  type SignStatementState,
  signStatementAction,
} from '@/features/witnessStatements/signStatementAction'

type Props = { id: number; body: string; occupation: string; over18: boolean }

/**
 * The witness reads the draft, corrects it, adds their occupation, confirms their age and the declaration,
 * and signs with a finger. What they typed stays if anything is refused.
 */
export const SignStatementForm = ({ id, body, occupation, over18 }: Props) => {
  const [state, action, pending] = useActionState<SignStatementState, FormData>(signStatementAction, {})
  const form = useFormValues({ body, occupation, over18, declaration: false })
  const errorOf = (field: string) => (state.field === field ? state.error : undefined)
  if (state.ok) {
    return (
      <p role="status" className="rounded-lg border border-green-700 bg-green-50 p-4 font-semibold">
        Thank you. Your statement is signed and has been sent to the police.
      </p>
    )
  }
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="id" value={id} />
      <ErrorSummary message={state.error} />
      <TextAreaField
        {...form.textProps('body')}
        name="body"
        label="Your statement"
        hint="We drafted this from your report. Change anything that is not right, in your own words."
        rows={14}
        maxLength={statementLimits.body}
        required
        error={errorOf('body')}
      />
      <TextField
        {...form.textProps('occupation')}
        name="occupation"
        label="Your occupation"
        hint="For example: shop assistant, store manager."
        autoComplete="organization-title"
        maxLength={statementLimits.occupation}
        required
        error={errorOf('occupation')}
      />
      <CheckboxField {...form.checkboxProps('over18')} name="over18" label="I am over 18" />
      <SignatureField
        label="Your signature"
        hint="Draw your signature in the box with your finger."
        required
      />
      {errorOf('signature') ? (
        <p className="font-semibold text-red-800" role="alert">
          {errorOf('signature')}
        </p>
      ) : null}
      <CheckboxField
        {...form.checkboxProps('declaration')}
        name="declaration"
        label={mg11Declaration(null)}
        error={errorOf('declaration')}
      />
      <SubmitButton pending={pending} size="large">
        {pending ? 'Signing…' : 'Sign my statement'}
      </SubmitButton>
    </form>
  )
}
