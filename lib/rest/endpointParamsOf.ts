import type { Endpoint } from 'payload'

/**
 * The path parameters of the first endpoint that answers `method` on `segments`, matched the way Payload
 * matches them (first in the list wins; literals ignore case; `:name?` may be left off at the end). Null
 * when no endpoint answers (Payload then says "Route not found").
 */
export const endpointParamsOf = (
  endpoints: Endpoint[],
  method: string,
  segments: string[],
): { endpoint: Endpoint; params: Record<string, string> } | null => {
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const pattern = endpoint.path.split('/').filter(Boolean)
    const optional = pattern.at(-1)?.endsWith('?') ? 1 : 0
    if (segments.length > pattern.length || segments.length < pattern.length - optional) continue
    const params: Record<string, string> = {}
    const matches = pattern.every((part, index) => {
      const segment = segments[index]
      if (part.startsWith(':')) {
        if (segment !== undefined) params[part.slice(1).replace(/\?$/, '')] = segment
        return true
      }
      return segment?.toLowerCase() === part.toLowerCase()
    })
    if (matches) return { endpoint, params }
  }
  return null
}
