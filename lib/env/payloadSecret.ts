/**
 * Payload signs its tokens with this. A fixed development value keeps `npm run dev` zero-setup; production
 * refuses to start without a real secret.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret && secret.length >= 32) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set to at least 32 random characters in production.')
  }
  return 'ntars-development-secret-not-for-production-use'
}
