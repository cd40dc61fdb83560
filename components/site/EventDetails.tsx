import Link from 'next/link'
import { formatEventTime } from '@/lib/format/formatEventTime'

type EventFacts = {
  startsAt?: string | null
  endsAt?: string | null
  place?: string | null
  howToAttend?: string | null
  rsvpEnabled?: boolean | null
}

/** When (in UK time), where and how to attend a public event. */
export const EventDetails = ({ event, slug }: { event: EventFacts; slug: string }) => (
  <section aria-labelledby="event-heading" className="space-y-2 rounded-lg border border-slate-300 p-4">
    <h2 id="event-heading" className="text-xl font-semibold">
      Event details
    </h2>
    <dl className="space-y-2">
      {event.startsAt ? (
        <div>
          <dt className="font-semibold">When</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt)}</time> (UK time)
          </dd>
        </div>
      ) : null}
      {event.place ? (
        <div>
          <dt className="font-semibold">Where</dt>
          <dd>{event.place}</dd>
        </div>
      ) : null}
      {event.howToAttend ? (
        <div>
          <dt className="font-semibold">How to attend</dt>
          <dd className="whitespace-pre-line">{event.howToAttend}</dd>
        </div>
      ) : null}
    </dl>
    {event.rsvpEnabled ? (
      <p>
        Member businesses can say they are coming in the{' '}
        <Link className="font-medium text-brand-ink underline" href={`/briefings/${slug}`}>
          members’ area
        </Link>
        .
      </p>
    ) : null}
  </section>
)
