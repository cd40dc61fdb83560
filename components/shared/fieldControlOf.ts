/** The attributes that tie a form control to its label, hint and error. */
export type FieldControl = {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
  'aria-required'?: true
}

export type FieldDescription = {
  id: string
  hint?: unknown
  error?: string
  required?: boolean
  /** Ids of other text that describes the control, read before its hint and error. */
  describedBy?: string
}

/** The hint is `<id>-hint` and the error `<id>-error`: the control names both so they are read with it. */
export const fieldControlOf = ({
  id,
  hint,
  error,
  required,
  describedBy,
}: FieldDescription): FieldControl => ({
  id,
  'aria-describedby':
    [describedBy, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
      .filter(Boolean)
      .join(' ') || undefined,
  'aria-invalid': error ? true : undefined,
  'aria-required': required ? true : undefined,
})
