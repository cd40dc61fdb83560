import { signInInputClass } from './inputClasses'
import { TextField } from './TextField'

/** The new password, twice, as the password actions read them (`password`, `confirm`). */
export const NewPasswordFields = ({
  passwordId = 'password',
  confirmId = 'confirm',
}: {
  passwordId?: string
  confirmId?: string
}) => (
  <>
    <TextField
      id={passwordId}
      name="password"
      label="New password (at least 12 characters)"
      type="password"
      autoComplete="new-password"
      required
      className={signInInputClass}
    />
    <TextField
      id={confirmId}
      name="confirm"
      label="New password again"
      type="password"
      autoComplete="new-password"
      required
      className={signInInputClass}
    />
  </>
)
