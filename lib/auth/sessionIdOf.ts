/** The session id (`sid`) inside a Payload token we were just issued; no signature check is needed here. */
export const sessionIdOf = (payloadToken: string): string | null => {
  try {
    const claims = JSON.parse(
      Buffer.from(payloadToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { sid?: unknown }
    return typeof claims.sid === 'string' ? claims.sid : null
  } catch {
    return null
  }
}
