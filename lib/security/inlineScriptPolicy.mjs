import { createHash } from 'node:crypto'

/**
 * The script policy of one prerendered page, from its own HTML (docs/security.md, "Content Security Policy").
 * Plain JavaScript because Next loads the page cache handler (lib/cache/pageCacheHandler.mjs) without
 * compiling it.
 *
 * Every `<script>` without `src` is hashed: Next's inline RSC payload (`self.__next_f.push(…)`) and anything
 * else the page renders inline. The browser hashes a script's text exactly as it appears between the tags
 * (script content is raw text: no entities are decoded), so the substring is what gets hashed.
 */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const HAS_SRC = /\ssrc\s*=/i

/** @param {string} html @returns {string[]} `'sha256-…'` sources, unique, in page order. */
export const inlineScriptHashes = (html) => {
  const hashes = new Set()
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (HAS_SRC.test(` ${match[1]}`)) continue
    hashes.add(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * A second policy, sent beside the proxy's one. Browsers enforce every policy they receive, so a script
 * runs only if each allows it: the proxy's sets everything else (and allows the page's inline scripts),
 * this one narrows inline script to exactly the ones this page was rendered with. No 'unsafe-inline':
 * with hashes listed, browsers would ignore it anyway.
 * @param {string} html
 */
export const inlineScriptPolicy = (html) =>
  [
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trimEnd(),
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ')
