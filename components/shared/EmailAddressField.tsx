import type { InputHTMLAttributes } from 'react'
import { signInInputClass } from './inputClasses'
import { TextField } from './TextField'

/** The account's email address on the sign-in and password forms, sent as `email`. */
export const EmailAddressField = ({
  id,
  ...input
}: { id: string } & Pick<InputHTMLAttributes<HTMLInputElement>, 'defaultValue' | 'value' | 'onChange'>) => (
  <TextField
    id={id}
    name="email"
    label="Email"
    type="email"
    autoComplete="username"
    required
    className={signInInputClass}
    {...input}
  />
)
