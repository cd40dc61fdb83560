import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { inlineScriptPolicy } from '../security/inlineScriptPolicy.mjs'

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule
const HEADER = 'content-security-policy'

/**
 * Next's own file-system page cache, plus one thing: every cached page (prerendered at build or regenerated
 * after a publish) carries a Content-Security-Policy listing the hashes of its own inline scripts, so a
 * prerendered public page runs no inline script it was not rendered with (docs/security.md).
 *
 * Next sends a cached page's stored headers with it, and the stored value it returns after a regeneration is
 * the same object it serves for that request, so adding the header here covers build-time pages (read from
 * disk on first use), regenerated pages, and pages generated on their first visit. The policy is computed
 * once per stored page, not per request: it is kept on the cached value.
 */
export default class PageCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (entry?.value) withInlineScriptPolicy(entry.value)
    return entry
  }

  async set(key, data, ctx) {
    if (data) withInlineScriptPolicy(data)
    return super.set(key, data, ctx)
  }
}

/** Adds the page's own script policy to a cached page (APP_PAGE) once; other kinds are left alone. */
const withInlineScriptPolicy = (value) => {
  if (value.kind !== 'APP_PAGE' || (typeof value.html !== 'string' && !Buffer.isBuffer(value.html))) return
  if (value.headers?.[HEADER]) return
  value.headers = { ...value.headers, [HEADER]: inlineScriptPolicy(value.html.toString()) }
}
