import { trustedProxyHops } from '@/lib/env/trustedProxyHops'

/**
 * The caller's address as the outermost trusted proxy saw it on its socket: the entry that proxy appended to
 * X-Forwarded-For, counted from the right. Entries further left were written by the client and are never
 * taken (they would let anyone dodge per-address limits or forge audit addresses). Next's server fills the
 * header with the socket address when a request arrives without one. Requests without headers (scripts,
 * jobs) have no address.
 */
export const clientIp = (headers: Headers | undefined): string | undefined => {
  const hops = trustedProxyHops()
  const entries = (headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) return undefined
  return entries[Math.max(0, entries.length - hops)]
}
