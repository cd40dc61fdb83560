/**
 * `fetch` for UTApi, minus any Content-Length the caller set (fetch computes it from the body anyway).
 *
 * Why: Payload imports the npm `undici` (7.x), and merely importing it makes Node 20's built-in fetch
 * dispatch through undici 7's Agent. The built-in fetch then adds its own Content-Length beside the one UTApi
 * sets on its JSON calls ("65, 65"), which undici 7 rejects: `fetch failed` / "invalid content-length header"
 * (nodejs/undici#5500). Uploads happened to work; deleteFiles failed in every process that loaded Payload.
 */
export const fetchWithoutContentLength: typeof fetch = (input, init) => {
  if (!init?.headers) return fetch(input, init)
  const headers = new Headers(init.headers)
  headers.delete('content-length')
  return fetch(input, { ...init, headers })
}
