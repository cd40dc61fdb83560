import { restRefusal } from './restRefusal'

/**
 * A 413 for a body over `limit` bytes by its Content-Length, before anything reads it (the sign-in form
 * sends a few hundred bytes; Auth.js would otherwise parse whatever arrives).
 */
export const refuseLargeBody = (request: Request, limit: number): Response | null => {
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length <= limit) return null
  return restRefusal(413, `The request is too large: the limit is ${Math.ceil(limit / 1024)} kB.`)
}
