import type { InputHTMLAttributes } from 'react'
import { signInInputClass } from './inputClasses'
import { TextField } from './TextField'

/** The password the account has now, on the sign-in and change-password forms. */
export const CurrentPasswordField = ({
  id,
  name = 'password',
  label = 'Password',
  ...input
}: { id: string; name?: string; label?: string } & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
>) => (
  <TextField
    id={id}
    name={name}
    label={label}
    type="password"
    autoComplete="current-password"
    required
    className={signInInputClass}
    {...input}
  />
)
