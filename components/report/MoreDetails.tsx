'use client'
import { CheckboxField } from '@/components/shared/CheckboxField'
import { TextField } from '@/components/shared/TextField'
import type { FormValues } from '@/components/shared/useFormValues'
import type { ReportValues } from './reportDraft'

/**
 * The answers most reports skip, folded away: value, police, where in the shop. Value is asked only for
 * types whose record says so (graffiti or a welfare concern has no till loss).
 */
export const MoreDetails = ({
  form,
  errors,
  asksValue,
}: {
  form: FormValues<ReportValues>
  errors: Record<string, string>
  asksValue: boolean
}) => (
  <details className="rounded-lg border border-slate-300 bg-white p-3">
    <summary className="cursor-pointer font-semibold">
      {asksValue ? 'More details: value, police, where in the shop' : 'More details: police, where'}
    </summary>
    <div className="mt-3 grid gap-4 sm:grid-cols-2">
      {asksValue ? (
        <>
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
        </>
      ) : null}
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
