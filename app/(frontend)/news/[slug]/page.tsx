import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BackLink } from '@/components/shared/BackLink'
import { EventDetails } from '@/components/site/EventDetails'
import { HeroImage } from '@/components/site/HeroImage'
import { RichTextBody } from '@/components/site/RichTextBody'
import { getPublicBriefing } from '@/features/briefings/getPublicBriefing'
import { listPublicBriefings } from '@/features/briefings/listPublicBriefings'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { ogImageOf } from '@/lib/seo/ogImageOf'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

// Prerendered (the latest ones at build, others on first visit); publishing purges at once (revalidateBriefing).
export const revalidate = 3600

type Params = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () =>
  (await listPublicBriefings(50)).map((briefing) => ({ slug: briefing.slug }))

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const { slug } = await params
  const [briefing, settings] = await Promise.all([getPublicBriefing(slug), getSchemeSettings()])
  if (!briefing) return { title: 'Page not found' }
  return pageMetadata({
    title: briefing.title,
    description: briefing.summary,
    path: `/news/${briefing.slug}`,
    siteName: settings.schemeName,
    image: ogImageOf(briefing.heroImage),
    type: 'article',
  })
}

export default async function BriefingPage({ params }: Params) {
  const { slug } = await params
  const briefing = await getPublicBriefing(slug)
  if (!briefing) notFound()
  const label = { news: 'News', alert: 'Alert', event: 'Event' }[briefing.kind]
  return (
    <article className="space-y-6">
      <BackLink href="/news" tone="brand">
        All news and events
      </BackLink>
      <header className="space-y-2">
        <p className="text-sm font-medium text-slate-700">
          {label}
          {briefing.publishedAt ? (
            <>
              {' · '}
              <time dateTime={briefing.publishedAt}>{formatLongDate(briefing.publishedAt)}</time>
            </>
          ) : null}
        </p>
        <h1 className="text-3xl font-bold text-brand-ink">{briefing.title}</h1>
        <p className="max-w-prose text-xl text-slate-700">{briefing.summary}</p>
      </header>
      {briefing.kind === 'event' && briefing.event ? (
        <EventDetails event={briefing.event} slug={briefing.slug} />
      ) : null}
      <HeroImage image={briefing.heroImage} />
      {briefing.content ? <RichTextBody content={briefing.content} /> : null}
    </article>
  )
}
