/**
 * The auth collection a Payload token claims (its `collection` claim), read without checking the
 * signature: enough to refuse a member's token. A token that claims `users` is still verified by Payload.
 * Null for anything that is not a readable JWT.
 */
export const tokenCollectionOf = (token: string): string | null => {
  const claims = token.split('.')[1]
  if (!claims) return null
  try {
    const { collection } = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
      collection?: unknown
    }
    return typeof collection === 'string' ? collection : null
  } catch {
    return null
  }
}
