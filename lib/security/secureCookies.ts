import { isProduction } from '@/lib/env/isProduction'
import { siteUrl } from '@/lib/env/siteUrl'

/**
 * Whether cookies are sent `Secure` (and so may carry the `__Host-` prefix, which browsers accept only on
 * Secure cookies): in production served over https (SITE_URL). A production build run over plain http —
 * the tests' `next start` on http://127.0.0.1 — keeps plain names, or the browser would drop every cookie.
 */
export const secureCookies = (): boolean => isProduction() && siteUrl().startsWith('https://')
