/** next-auth encrypts its session cookie with this. Production refuses a missing or short secret. */
export const authSecret = (): string => {
  const secret = process.env.AUTH_SECRET
  if (secret && secret.length >= 32) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET must be set to at least 32 random characters in production.')
  }
  return 'ntars-development-auth-secret-not-for-production'
}
