/**
 * The service worker's cache names (docs/offline-app.md). Static build files are the same for everyone and
 * get one cache; pages and photos a member opened get a cache named by that member, and only one member's
 * cache exists at a time (the worker deletes the others before it stores anything).
 */
export const staticCacheName = 'ntars-static'

const memberCachePrefix = 'ntars-member-'

export const memberCacheName = (memberId: number): string => `${memberCachePrefix}${memberId}`

export const isMemberCacheName = (name: string): boolean => name.startsWith(memberCachePrefix)

/** The member caches to delete so that only `keep`'s remains (all of them when `keep` is null). */
export const memberCachesToDelete = (names: readonly string[], keep: number | null): string[] =>
  names.filter((name) => isMemberCacheName(name) && (keep === null || name !== memberCacheName(keep)))
