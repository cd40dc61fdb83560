/** Next's prefix for the tags it gives cached pages from their path (NEXT_CACHE_IMPLICIT_TAG_ID). */
const implicitTagPrefix = '_N_T_'

/** Next's encodeHeaderSafe: runs of characters outside printable ASCII are percent-encoded. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e]+/g, (run) => encodeURIComponent(run))

/**
 * The cache tags `revalidatePath(path, type)` expires, computed as Next 16 does (next/dist/server/web/
 * spec-extension/revalidate.js), so another instance can expire the same tags without a request of its own:
 * the path without its trailing slash, `/page` or `/layout` added for a route pattern, and `/` and `/index`
 * naming the same home page. tests/unit/broadcast.test.ts pins the output against Next's own function.
 */
export const implicitTagsOf = (path: string, type?: 'page' | 'layout'): string[] => {
  let tag = `${implicitTagPrefix}${headerSafe(path.replace(/\/$/, '') || '/')}`
  if (type) tag += `${tag.endsWith('/') ? '' : '/'}${type}`
  if (tag === `${implicitTagPrefix}/`) return [tag, `${implicitTagPrefix}/index`]
  if (tag === `${implicitTagPrefix}/index`) return [tag, `${implicitTagPrefix}/`]
  return [tag]
}
