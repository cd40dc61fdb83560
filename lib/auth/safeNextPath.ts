const probe = 'http://next.invalid'

/**
 * Where to go after signing in: `next` when it is a path on this site, else `fallback`. Only a single leading
 * "/" is taken, then the path is resolved as a browser would and must stay on the same origin, so
 * "//evil.example", "/\evil.example" (browsers read "\" as "/"), "/%5Cevil" tricks, "javascript:" and full
 * addresses all fall back. Control characters (a browser strips tabs and newlines first) fall back too.
 */
export const safeNextPath = (next: unknown, fallback = '/members'): string => {
  if (typeof next !== 'string' || next.length > 2000) return fallback
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse them
  if (!next.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(next) || next.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(next, probe)
  } catch {
    return fallback
  }
  // Dot segments collapse as the URL resolves ("/.//evil.example" becomes "//evil.example"): the resolved
  // path must start with a single "/" too, or a redirect to it leaves the site.
  if (url.origin !== probe || url.pathname.startsWith('//')) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
