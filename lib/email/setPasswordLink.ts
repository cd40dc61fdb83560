import { siteUrl } from '@/lib/env/siteUrl'

/** The members' area page where a reset or invitation token sets a password (the same link as resets). */
export const setPasswordLink = (token: string): string =>
  `${siteUrl()}/reset-password?token=${encodeURIComponent(token)}`
