import type { Where } from 'payload'

/** `filterOptions` for a relationship to vocabulary: only entries still in use may be chosen for new links. */
export const notRetired = (): Where => ({ retired: { equals: false } })
