import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { NewsList } from '@/components/site/NewsList'
import { NewsPagination } from '@/components/site/NewsPagination'
import { listPublicNews } from '@/features/publicSite/listPublicNews'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

// Older news, one prerendered page per address (a ?page= query would make the list dynamic).
export const revalidate = 3600

type Params = { params: Promise<{ page: string }> }

/** Page 2 onwards as a number; anything else (page 1 is /news) is not a page of this list. */
const pageNumberOf = (value: string) => (/^[1-9]\d{0,3}$/.test(value) ? Number(value) : null)

export const generateStaticParams = async () => {
  const { totalPages } = await listPublicNews(1)
  return Array.from({ length: Math.max(totalPages - 1, 0) }, (_, index) => ({ page: String(index + 2) }))
}

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const page = pageNumberOf((await params).page)
  const settings = await getSchemeSettings()
  return pageMetadata({
    title: `News and events, page ${page ?? ''}`.trim(),
    description: `Earlier news, alerts and events from ${settings.schemeName}.`,
    path: `/news/page/${page ?? ''}`,
    siteName: settings.schemeName,
  })
}

export default async function OlderNewsPage({ params }: Params) {
  const page = pageNumberOf((await params).page)
  if (page === 1) permanentRedirect('/news')
  if (page === null) notFound()
  const { items, totalPages } = await listPublicNews(page)
  if (page > totalPages) notFound()
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-ink">News and events, page {page}</h1>
      <NewsList items={items} />
      <NewsPagination page={page} totalPages={totalPages} />
    </div>
  )
}
