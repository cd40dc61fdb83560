import { compactInputClass } from '@/components/shared/inputClasses'
import { TextField } from '@/components/shared/TextField'

/** When something happened: a UK date and time, now at the latest (and to start with), sent under its id. */
export const PastTimeField = ({ id, label, now }: { id: string; label: string; now: string }) => (
  <TextField
    id={id}
    name={id}
    label={label}
    type="datetime-local"
    defaultValue={now}
    max={now}
    required
    className={compactInputClass}
  />
)
