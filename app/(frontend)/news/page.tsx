import type { Metadata } from 'next'
import { NewsList } from '@/components/site/NewsList'
import { NewsPagination } from '@/components/site/NewsPagination'
import { listPublicNews } from '@/features/publicSite/listPublicNews'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

// Prerendered; publishing public news purges it at once (collections/Briefings/hooks/revalidateBriefing.ts).
export const revalidate = 3600

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  return pageMetadata({
    title: 'News and events',
    description: `News, alerts and events from ${settings.schemeName} in ${settings.townName}.`,
    path: '/news',
    siteName: settings.schemeName,
  })
}

export default async function NewsPage() {
  const { items, page, totalPages } = await listPublicNews(1)
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-ink">News and events</h1>
      {items.length === 0 ? <p>No news yet.</p> : <NewsList items={items} />}
      <NewsPagination page={page} totalPages={totalPages} />
    </div>
  )
}
