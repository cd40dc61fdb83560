import type { InputHTMLAttributes } from 'react'
import { Field, type FieldOptions } from './Field'
import { inputClass } from './inputClasses'
import { splitFieldProps } from './splitFieldProps'

type TextFieldProps = FieldOptions & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>

/** A labelled one-line input (text, email, date, file…); any input attribute passes through. */
export const TextField = ({ className = inputClass, ...props }: TextFieldProps) => {
  const [field, input] = splitFieldProps(props)
  return <Field {...field}>{(control) => <input {...input} {...control} className={className} />}</Field>
}
