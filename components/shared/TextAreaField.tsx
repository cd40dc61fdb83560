import type { TextareaHTMLAttributes } from 'react'
import { Field, type FieldOptions } from './Field'
import { inputClass } from './inputClasses'
import { splitFieldProps } from './splitFieldProps'

type TextAreaFieldProps = FieldOptions & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>

/** A labelled text area; any textarea attribute passes through. */
export const TextAreaField = ({ className = inputClass, ...props }: TextAreaFieldProps) => {
  const [field, textarea] = splitFieldProps(props)
  return (
    <Field {...field}>{(control) => <textarea {...textarea} {...control} className={className} />}</Field>
  )
}
