/**
 * A value as stored: a populated relationship (a whole document, which has `createdAt`) becomes its id, so a
 * relationship read at a different depth before and after the change does not count as changed. Array rows
 * have ids but no `createdAt`, and are compared whole.
 */
const asStored = (_key: string, value: unknown) =>
  value && typeof value === 'object' && 'id' in value && 'createdAt' in value
    ? (value as { id: unknown }).id
    : value

/** The top-level fields an update changed, leaving out Payload's own timestamps. */
export const changedFields = (
  doc: Record<string, unknown>,
  previousDoc?: Record<string, unknown>,
): string[] =>
  Object.keys(doc).filter(
    (key) =>
      !['updatedAt', 'createdAt'].includes(key) &&
      JSON.stringify(doc[key], asStored) !== JSON.stringify(previousDoc?.[key], asStored),
  )
