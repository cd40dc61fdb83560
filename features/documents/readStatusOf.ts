import { relationId } from '@/access/relationId'

export type ReadStatus = 'read' | 'new-version' | 'not-read'

/**
 * Where a member stands with a document: has opened its current version, opened only an older one (a new
 * version is out), or never opened it.
 */
export const readStatusOf = (
  document: { id: number; currentVersion?: unknown },
  reads: { document?: unknown; version?: unknown }[],
): ReadStatus => {
  const own = reads.filter((read) => relationId(read.document) === document.id)
  if (own.some((read) => relationId(read.version) === relationId(document.currentVersion))) return 'read'
  return own.length ? 'new-version' : 'not-read'
}
