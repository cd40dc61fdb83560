import type { FieldOptions } from './Field'

/** Separates a field component's props into the field's own (label, hint, error…) and the control's. */
export const splitFieldProps = <T extends FieldOptions>({
  id,
  label,
  hint,
  error,
  required,
  describedBy,
  ...control
}: T): [FieldOptions, Omit<T, keyof FieldOptions>] => [
  { id, label, hint, error, required, describedBy },
  control,
]
