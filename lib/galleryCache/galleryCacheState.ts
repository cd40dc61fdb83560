import { LRUCache } from 'lru-cache'

export type GalleryCacheState = {
  /** Query results by the query's own SQL and parameters (features/gallery/searchGallery.ts). */
  pages: LRUCache<string, object>
  /** Goes up on every drop: a result read before a drop is never stored after it. */
  generation: number
}

const key = Symbol.for('ntars.galleryCache')
type WithState = typeof globalThis & { [key]?: GalleryCacheState }

/**
 * This server process's gallery cache. On globalThis, as the broadcast's state is: the listener that drops it
 * runs in instrumentation's bundle and the pages that fill it in theirs. At most 500 pages (about 3 kB each),
 * none older than 10 minutes even if a change notice were somehow missed.
 */
export const galleryCacheState = (): GalleryCacheState => {
  const global = globalThis as WithState
  global[key] ??= { pages: new LRUCache<string, object>({ max: 500, ttl: 10 * 60_000 }), generation: 0 }
  return global[key]
}
