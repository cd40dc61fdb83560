import type { MetadataRoute } from 'next'
import { listSitemapEntries } from '@/features/publicSite/listSitemapEntries'
import { siteUrl } from '@/lib/env/siteUrl'

// Prerendered; publishing a campaign or public briefing purges it at once (their revalidate hooks).
export const revalidate = 3600

/** The public pages search engines may list: the fixed ones, every published campaign and public briefing. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const { campaigns, briefings } = await listSitemapEntries()
  const fixed = ['/', '/campaigns', '/news', '/support', '/privacy', '/join'].map((path) => ({
    url: `${base}${path}`,
  }))
  return [
    ...fixed,
    ...campaigns.map((campaign) => ({
      url: `${base}/campaigns/${campaign.slug}`,
      lastModified: campaign.updatedAt,
    })),
    ...briefings.map((briefing) => ({
      url: `${base}/news/${briefing.slug}`,
      lastModified: briefing.updatedAt,
    })),
  ]
}
