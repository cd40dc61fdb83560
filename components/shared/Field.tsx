import type { ReactNode } from 'react'
import { FieldMessages } from './FieldMessages'
import { type FieldControl, fieldControlOf } from './fieldControlOf'

export type FieldOptions = {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  /**
   * Announced as required (aria-required) without changing the label: forms here mark the optional
   * fields in their labels instead, and browser validation stays as each form sets it.
   */
  required?: boolean
  /** Ids of other text on the page that describes the control. */
  describedBy?: string
}

/**
 * A labelled control with its hint and error linked and announced, so a screen reader hears what to fix.
 * The control is drawn by `children`, which spreads the attributes it is given onto it.
 */
export const Field = ({
  children,
  ...field
}: FieldOptions & { children: (control: FieldControl) => ReactNode }) => (
  <div>
    <label htmlFor={field.id} className="block font-medium">
      {field.label}
    </label>
    <FieldMessages id={field.id} hint={field.hint} error={field.error} />
    <div className="mt-1">{children(fieldControlOf(field))}</div>
  </div>
)
