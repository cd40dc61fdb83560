'use client'
import { CheckboxField } from '@/components/shared/CheckboxField'
import { TextField } from '@/components/shared/TextField'
import type { FormValues } from '@/components/shared/useFormValues'
import type { ReportValues } from './reportDraft'

/** The answers most reports skip, folded away: value, police, where in the shop. */
export const MoreDetails = ({
  form,
  errors,
}: {
  form: FormValues<ReportValues>
  errors: Record<string, string>
}) => (
  <details className="rounded-lg border border-slate-300 bg-white p-3">
    <summary className="cursor-pointer font-semibold">More details: value, police, where in the shop</summary>
    <div className="mt-3 grid gap-4 sm:grid-cols-2">
      <TextField
        label="Value lost (£)"
        inputMode="decimal"
        error={errors.valueLost}
        {...form.textProps('valueLost')}
      />
      <TextField
        label="Value recovered (£)"
        inputMode="decimal"
        error={errors.valueRecovered}
        {...form.textProps('valueRecovered')}
      />
      <TextField label="Where in the shop?" error={errors.spot} {...form.textProps('spot')} />
      <TextField
        label="Police crime reference"
        error={errors.crimeReference}
        {...form.textProps('crimeReference')}
      />
      <CheckboxField
        label="Police were called"
        error={errors.policeCalled}
        {...form.checkboxProps('policeCalled')}
      />
    </div>
  </details>
)
