import type { Metadata } from 'next'
import Link from 'next/link'
import { listPublishedCampaigns } from '@/features/campaigns/listPublishedCampaigns'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

// Prerendered; publishing a campaign purges it at once (revalidateCampaign).
export const revalidate = 3600

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  return pageMetadata({
    title: 'Campaigns',
    description: `What businesses, police and partners are doing together in ${settings.townName}, from Cops Adopt A Shop to safer nights out.`,
    path: '/campaigns',
    siteName: settings.schemeName,
  })
}

export default async function CampaignsPage() {
  const campaigns = await listPublishedCampaigns(100)
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-ink">Campaigns</h1>
      {campaigns.length === 0 ? <p>There are no campaigns running at the moment.</p> : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {campaigns.map((campaign) => (
          <li key={campaign.id} className="rounded-lg border border-slate-300 p-4">
            <h2 className="text-xl font-semibold">
              <Link
                className="text-brand-ink underline-offset-4 hover:underline"
                href={`/campaigns/${campaign.slug}`}
              >
                {campaign.title}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700">{campaign.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  )
}
