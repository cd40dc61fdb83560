import type { SelectHTMLAttributes } from 'react'
import { Field, type FieldOptions } from './Field'
import { compactSelectClass } from './inputClasses'
import { splitFieldProps } from './splitFieldProps'

type SelectFieldProps = FieldOptions &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required' | 'children'> & {
    options: readonly { value: string | number; label: string }[]
    /** The label of a first, empty choice ("Any", "Choose…"); none unless given. */
    emptyOption?: string
  }

/** A labelled drop-down of `options`. */
export const SelectField = ({
  className = compactSelectClass,
  options,
  emptyOption,
  ...props
}: SelectFieldProps) => {
  const [field, select] = splitFieldProps(props)
  return (
    <Field {...field}>
      {(control) => (
        <select {...select} {...control} className={className}>
          {emptyOption === undefined ? null : <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
