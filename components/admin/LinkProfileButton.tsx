'use client'
import { useField } from '@payloadcms/ui'

type RelationValue = number | string | { id: number | string }
const idOf = (value: RelationValue) => Number(typeof value === 'object' ? value.id : value)

/**
 * Adds a suggested profile to the request's `offenders` field in the form (staff still save), so linking
 * a match is one click and the choice stays visible and undoable in the field itself.
 */
export const LinkProfileButton = ({ profileId, name }: { profileId: number; name: string }) => {
  const { value, setValue } = useField<RelationValue[] | null>({ path: 'offenders' })
  const linked = (value ?? []).some((entry) => idOf(entry) === profileId)
  if (linked) return <span>linked (save to keep)</span>
  return (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      aria-label={`Link ${name} to this request`}
      onClick={() => setValue([...(value ?? []).map(idOf), profileId])}
    >
      Link
    </button>
  )
}
