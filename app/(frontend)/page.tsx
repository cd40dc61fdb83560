import type { Metadata } from 'next'
import Link from 'next/link'
import { listPublicBriefings } from '@/features/briefings/listPublicBriefings'
import { countAdoptedShops } from '@/features/campaigns/countAdoptedShops'
import { listPublishedCampaigns } from '@/features/campaigns/listPublishedCampaigns'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'
import { schemeTitleOf } from '@/lib/settings/schemeTitleOf'

// Prerendered; publishing a campaign or public news, or changing an adopted shop, purges it at once (the
// revalidate hooks of those collections). The hour is only a backstop.
export const revalidate = 3600

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  return pageMetadata({
    title: schemeTitleOf(settings),
    description: `Businesses in ${settings.townName}, the police and partners working together against shop theft, abuse of staff and anti-social behaviour. Run by ${settings.bidName}.`,
    path: '/',
    siteName: settings.schemeName,
    absoluteTitle: true,
  })
}

export default async function HomePage() {
  const [settings, briefings, campaigns, adoptedShops] = await Promise.all([
    getSchemeSettings(),
    listPublicBriefings(3),
    listPublishedCampaigns(4),
    countAdoptedShops(),
  ])
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-3xl font-bold text-brand-ink">
          {schemeTitleOf(settings)}
        </h1>
        <p className="mt-3 max-w-prose text-lg">
          Businesses in {settings.townName}, the police, the council’s ASB unit and outreach workers working
          together against shop theft, abuse of staff and anti-social behaviour. Run by {settings.bidName}.
        </p>
        <p className="mt-2 text-slate-700">
          {adoptedShops} shops have a named police officer through Cops Adopt A Shop.
        </p>
      </section>

      <section
        id="report"
        aria-labelledby="report-heading"
        className="rounded-lg border-2 border-red-700 bg-red-50 p-4"
      >
        <h2 id="report-heading" className="text-xl font-semibold text-red-900">
          How to report a crime
        </h2>
        <p className="mt-2">{settings.emergencyGuidance}</p>
        <p className="mt-2">
          Member businesses report incidents in the{' '}
          <Link className="font-medium underline" href="/members">
            members’ area
          </Link>
          .
        </p>
      </section>

      {campaigns.length > 0 ? (
        <section aria-labelledby="campaigns-heading">
          <h2 id="campaigns-heading" className="text-2xl font-semibold">
            Campaigns
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {campaigns.map((campaign) => (
              <li key={campaign.id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="text-lg font-semibold">
                  <Link
                    className="text-brand-ink underline-offset-4 hover:underline"
                    href={`/campaigns/${campaign.slug}`}
                  >
                    {campaign.title}
                  </Link>
                </h3>
                <p className="mt-1 text-slate-700">{campaign.summary}</p>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link className="font-medium text-brand-ink underline" href="/campaigns">
              All campaigns
            </Link>
          </p>
        </section>
      ) : null}

      {briefings.length > 0 ? (
        <section aria-labelledby="news-heading">
          <h2 id="news-heading" className="text-2xl font-semibold">
            Latest news
          </h2>
          <ul className="mt-3 space-y-3">
            {briefings.map((briefing) => (
              <li key={briefing.id}>
                <h3 className="font-semibold">
                  <Link
                    className="text-brand-ink underline-offset-4 hover:underline"
                    href={`/news/${briefing.slug}`}
                  >
                    {briefing.title}
                  </Link>
                </h3>
                <p className="text-slate-700">{briefing.summary}</p>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link className="font-medium text-brand-ink underline" href="/news">
              All news and events
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  )
}
