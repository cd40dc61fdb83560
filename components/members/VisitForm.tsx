'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { type LogVisitState, logVisitAction } from '@/features/visits/logVisitAction'
import { PastTimeField } from './PastTimeField'

/** For police: log a visit to one of their adopted shops. */
export const VisitForm = ({ shops, now }: { shops: { id: number; name: string }[]; now: string }) => {
  const [state, action, pending] = useActionState<LogVisitState, FormData>(logVisitAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Log a visit</h2>
      <ErrorSummary message={state.error} />
      {state.ok ? <p role="status">Visit logged.</p> : null}
      <SelectField
        id="business"
        name="business"
        label="Shop"
        required
        options={shops.map((shop) => ({ value: shop.id, label: shop.name }))}
      />
      <PastTimeField id="visitedAt" label="When" now={now} />
      <TextAreaField
        id="notes"
        name="notes"
        label="Notes (optional)"
        rows={2}
        className={compactInputClass}
      />
      <SubmitButton pending={pending} size="small">
        {pending ? 'Saving…' : 'Log visit'}
      </SubmitButton>
    </form>
  )
}
