import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/env/siteUrl'

/**
 * Search engines may list the public site only: never the admin, the API, the members' area or draft
 * previews. (The members' pages also say noindex and need a sign-in; this keeps crawlers from trying.)
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/admin',
        '/api',
        '/preview',
        '/members',
        '/sign-in',
        '/forgot-password',
        '/reset-password',
        '/account',
        '/report',
        '/reports',
        '/incidents',
        '/offenders',
        '/briefings',
        '/photos',
        '/visits',
        '/statements',
        '/team',
      ],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
