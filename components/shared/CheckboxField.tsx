import type { InputHTMLAttributes } from 'react'
import type { FieldOptions } from './Field'
import { FieldMessages } from './FieldMessages'
import { fieldControlOf } from './fieldControlOf'
import { splitFieldProps } from './splitFieldProps'

type CheckboxFieldProps = FieldOptions &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'required'>

/** A checkbox with its label beside it, and its hint and error above, linked like any other field. */
export const CheckboxField = ({ className = 'mt-1 size-5 shrink-0', ...props }: CheckboxFieldProps) => {
  const [field, input] = splitFieldProps(props)
  return (
    <div>
      <FieldMessages id={field.id} hint={field.hint} error={field.error} />
      <label htmlFor={field.id} className="flex items-start gap-3">
        <input {...input} {...fieldControlOf(field)} type="checkbox" className={className} />
        <span>{field.label}</span>
      </label>
    </div>
  )
}
