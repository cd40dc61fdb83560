import { siteUrl } from './siteUrl'

/** The origin of SITE_URL (`https://ntars.example.org`): what a browser sends as `Origin` from this site. */
export const siteOrigin = (): string => new URL(siteUrl()).origin
