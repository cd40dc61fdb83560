/** What Payload will act on: the method and the query, which a method override moves into the body. */
export type RestCall = { method: string; url: URL; query: URLSearchParams }

const overridesToGet = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' ||
    request.headers.get('X-HTTP-Method-Override') === 'GET')

/**
 * Payload answers `POST` with `X-HTTP-Method-Override: GET` (or X-Payload-HTTP-Method-Override) as a GET
 * whose query is the urlencoded body (the admin's long relationship searches), so the checks on a query
 * must read that body too. The request itself is left unread (a clone is read).
 */
export const restCallOf = async (request: Request): Promise<RestCall> => {
  const url = new URL(request.url)
  if (!overridesToGet(request)) return { method: request.method, url, query: url.searchParams }
  const query = new URLSearchParams(url.searchParams)
  if (request.headers.get('Content-Type') === 'application/x-www-form-urlencoded') {
    for (const [name, value] of new URLSearchParams(await request.clone().text())) query.append(name, value)
  }
  return { method: 'GET', url, query }
}
