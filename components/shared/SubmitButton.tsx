import type { ReactNode } from 'react'

const sizeClass = {
  /** The one big button at the foot of a phone-first form (report, join). */
  large: 'w-full rounded-lg px-4 py-4 text-xl font-bold',
  /** Sign-in and password forms. */
  wide: 'w-full rounded px-4 py-3 text-lg font-semibold',
  /** Small panels in the members' area. */
  small: 'rounded px-4 py-2 font-semibold',
} as const

/** A form's submit button, disabled while the form is sending; the caller words it for each state. */
export const SubmitButton = ({
  pending,
  size,
  children,
}: {
  pending: boolean
  size: keyof typeof sizeClass
  children: ReactNode
}) => (
  <button
    type="submit"
    disabled={pending}
    className={`${sizeClass[size]} bg-brand text-on-brand disabled:opacity-60`}
  >
    {children}
  </button>
)
