import Link from 'next/link'
import { formatEventTime } from '@/lib/format/formatEventTime'
import { formatLongDate } from '@/lib/format/formatLongDate'

type NewsItem = {
  id: number
  title: string
  slug: string
  kind: 'news' | 'alert' | 'event'
  summary: string
  publishedAt?: string | null
  event?: { startsAt?: string | null; endsAt?: string | null; place?: string | null }
}

/** What kind of item, and its date: when an event is on, when news was published. */
const lineOf = (item: NewsItem) => {
  if (item.kind === 'event' && item.event?.startsAt) {
    return `Event · ${formatEventTime(item.event.startsAt, item.event.endsAt)}`
  }
  const label = item.kind === 'alert' ? 'Alert' : 'News'
  return item.publishedAt ? `${label} · ${formatLongDate(item.publishedAt)}` : label
}

/** A list of public news, alerts and events, each linking to its page. */
export const NewsList = ({ items }: { items: NewsItem[] }) => (
  <ul className="space-y-4">
    {items.map((item) => (
      <li key={item.id} className="rounded-lg border border-slate-300 p-4">
        <p className="text-sm font-medium text-slate-700">{lineOf(item)}</p>
        <h2 className="mt-1 text-xl font-semibold">
          <Link className="text-brand-ink underline-offset-4 hover:underline" href={`/news/${item.slug}`}>
            {item.title}
          </Link>
        </h2>
        <p className="mt-1 text-slate-700">{item.summary}</p>
        {item.kind === 'event' && item.event?.place ? (
          <p className="mt-1">Where: {item.event.place}</p>
        ) : null}
      </li>
    ))}
  </ul>
)
