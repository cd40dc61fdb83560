import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BackLink } from '@/components/shared/BackLink'
import { AdoptedShopList } from '@/components/site/AdoptedShopList'
import { getPublishedCampaign } from '@/features/campaigns/getPublishedCampaign'
import { listAdoptedShops } from '@/features/campaigns/listAdoptedShops'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ q?: string | string[] }> }

// Search results, one page per query: not for search engines (the campaign page is).
export const metadata: Metadata = { title: 'Find an adopted shop', robots: { index: false } }

/**
 * The adopted-shop search without JavaScript: the campaign page's search form sends its GET here and the
 * server answers with the matching shops. With JavaScript the campaign page filters as the reader types
 * and never comes here, so the campaign page itself stays prerendered.
 */
export default async function AdoptedShopSearchPage({ params, searchParams }: Props) {
  const [{ slug }, { q }] = await Promise.all([params, searchParams])
  const campaign = await getPublishedCampaign(slug)
  if (!campaign?.showAdoptedShops) notFound()
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? ''
  const adopted = await listAdoptedShops()
  return (
    <article className="space-y-6">
      <BackLink href={`/campaigns/${campaign.slug}`} tone="brand">
        Back to {campaign.title}
      </BackLink>
      <h1 className="text-3xl font-bold text-brand">{campaign.title}</h1>
      <AdoptedShopList
        shops={adopted.shops}
        total={adopted.total}
        searchAction={`/campaigns/${campaign.slug}/shops`}
        initialQuery={query}
      />
    </article>
  )
}
