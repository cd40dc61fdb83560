// Next's own tag store, the one its file-system page cache checks on every read (an ".external" module:
// one copy per server process, shared by Next's server and every bundle, so this import reaches the same Map).
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import { purgeEdgeCache } from '@/lib/revalidate/purgeEdgeCache'

/**
 * Expires cached pages on this instance for tags another instance revalidated, exactly as Next's
 * FileSystemCache.revalidateTag does at the end of the publishing request (an `expired` time of now, so
 * the next visit renders afresh instead of being served stale), then empties the nginx cache again: nginx
 * may have re-cached the old page from this instance between the publisher's purge and this message.
 */
export const expirePagesLocally = (tags: string[]): void => {
  const now = Date.now()
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now })
  if (tags.length) purgeEdgeCache()
}
