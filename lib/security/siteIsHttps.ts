import { siteUrl } from '@/lib/env/siteUrl'

/** The site is served over https (SITE_URL): what `upgrade-insecure-requests` and Secure cookies need. */
export const siteIsHttps = (): boolean => siteUrl().startsWith('https://')
