import { notFound } from 'next/navigation'
import { BackLink } from '@/components/shared/BackLink'
import { RichTextBody } from '@/components/site/RichTextBody'
import { getBriefingForMember } from '@/features/briefings/getBriefingForMember'
import { rsvpAction } from '@/features/events/rsvpAction'
import { requireMember } from '@/lib/auth/requireMember'
import { formatWhen } from '@/lib/format/formatWhen'

export const metadata = { title: 'Briefing' }

export default async function BriefingPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMember()
  const { slug } = await params
  const found = await getBriefingForMember(member, slug.slice(0, 100))
  if (!found) notFound()
  const { briefing, rsvp, going } = found
  return (
    <article className="space-y-4">
      <BackLink href="/briefings">All briefings</BackLink>
      <h1 className="text-2xl font-bold">{briefing.title}</h1>
      <p className="text-lg">{briefing.summary}</p>
      {briefing.kind === 'event' && briefing.event ? (
        <section className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
          <p>
            <strong>When:</strong> {formatWhen(briefing.event.startsAt)}
          </p>
          {briefing.event.place ? (
            <p>
              <strong>Where:</strong> {briefing.event.place}
            </p>
          ) : null}
          {briefing.event.howToAttend ? <p>{briefing.event.howToAttend}</p> : null}
          {briefing.event.rsvpEnabled !== false ? (
            <form action={rsvpAction} className="flex flex-wrap items-center gap-2">
              <input type="hidden" name="event" value={briefing.id} />
              <input type="hidden" name="slug" value={briefing.slug} />
              <p className="w-full" aria-live="polite">
                {rsvp === 'going'
                  ? 'You are going.'
                  : rsvp === 'not-going'
                    ? 'You said you cannot come.'
                    : 'Will you come?'}{' '}
                {going} going so far.
              </p>
              <button
                type="submit"
                name="response"
                value="going"
                className="rounded bg-brand px-4 py-2 font-semibold text-on-brand"
              >
                I’ll be there
              </button>
              <button
                type="submit"
                name="response"
                value="not-going"
                className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand-ink"
              >
                Can’t come
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
      {briefing.content ? (
        <div className="prose max-w-none">
          <RichTextBody content={briefing.content} />
        </div>
      ) : null}
    </article>
  )
}
