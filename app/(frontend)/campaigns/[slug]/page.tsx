import type { Metadata } from 'next'
import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { AdoptedShopList } from '@/components/site/AdoptedShopList'
import { HeroImage } from '@/components/site/HeroImage'
import { JoinCallToAction } from '@/components/site/JoinCallToAction'
import { PreviewBanner } from '@/components/site/PreviewBanner'
import { RichTextBody } from '@/components/site/RichTextBody'
import { getCampaignDraft } from '@/features/campaigns/getCampaignDraft'
import { getPublishedCampaign } from '@/features/campaigns/getPublishedCampaign'
import { listAdoptedShops } from '@/features/campaigns/listAdoptedShops'
import { listPublishedCampaigns } from '@/features/campaigns/listPublishedCampaigns'
import { staffFromHeaders } from '@/lib/auth/staffFromHeaders'
import { ogImageOf } from '@/lib/seo/ogImageOf'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

// Prerendered at build and purged when staff publish (collections/Campaigns/hooks/revalidateCampaign.ts,
// and the Businesses hook for the adopted-shop list); the hour is only a backstop.
export const revalidate = 3600

type Params = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () =>
  (await listPublishedCampaigns(100)).map((campaign) => ({ slug: campaign.slug }))

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const { slug } = await params
  const [campaign, settings] = await Promise.all([getPublishedCampaign(slug), getSchemeSettings()])
  if (!campaign) return { title: 'Page not found' }
  return pageMetadata({
    title: campaign.title,
    description: campaign.summary,
    path: `/campaigns/${campaign.slug}`,
    siteName: settings.schemeName,
    image: ogImageOf(campaign.heroImage),
    type: 'article',
  })
}

/**
 * Staff previewing a draft from the admin (draft mode, set by /preview): the latest draft, read as them.
 * Everyone else, and anyone in draft mode who is not signed in as staff, gets the published page.
 */
const loadCampaign = async (slug: string) => {
  if ((await draftMode()).isEnabled) {
    const staff = await staffFromHeaders(await headers())
    if (staff) return { campaign: await getCampaignDraft(slug, staff), preview: true }
  }
  return { campaign: await getPublishedCampaign(slug), preview: false }
}

export default async function CampaignPage({ params }: Params) {
  const { slug } = await params
  const { campaign, preview } = await loadCampaign(slug)
  if (!campaign) notFound()
  const [settings, adopted] = await Promise.all([
    getSchemeSettings(),
    campaign.showAdoptedShops ? listAdoptedShops() : null,
  ])
  return (
    <article className="space-y-8">
      {preview ? (
        <PreviewBanner exitHref={`/preview/exit?slug=${encodeURIComponent(campaign.slug)}`} />
      ) : null}
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-ink">{campaign.title}</h1>
        <p className="max-w-prose text-xl text-slate-700">{campaign.summary}</p>
      </header>
      <HeroImage image={campaign.heroImage} />
      {campaign.content ? <RichTextBody content={campaign.content} /> : null}
      {adopted ? (
        <AdoptedShopList
          shops={adopted.shops}
          total={adopted.total}
          searchAction={`/campaigns/${campaign.slug}/shops`}
        />
      ) : null}
      <JoinCallToAction townName={settings.townName} />
    </article>
  )
}
