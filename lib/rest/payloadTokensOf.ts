/** The cookie names Payload reads its token from: `payload-token`, or `__Host-payload-token` over https. */
const tokenCookies = new Set(['payload-token', '__Host-payload-token'])

/**
 * Every Payload token a request carries, wherever Payload could take one from: `Authorization: JWT …` or
 * `Bearer …`, and the token cookie under either name (every copy, if a name is sent twice).
 */
export const payloadTokensOf = (headers: Headers): string[] => {
  const tokens: string[] = []
  const authorization = headers.get('authorization')?.trim() ?? ''
  const scheme = /^(JWT|Bearer)\s+(\S+)/i.exec(authorization)
  if (scheme?.[2]) tokens.push(scheme[2])
  for (const pair of (headers.get('cookie') ?? '').split(';')) {
    const separator = pair.indexOf('=')
    if (separator < 0) continue
    const name = pair.slice(0, separator).trim()
    const value = pair.slice(separator + 1).trim()
    if (tokenCookies.has(name) && value) tokens.push(value)
  }
  return tokens
}
