import Link from 'next/link'
import { listBriefingsForMember } from '@/features/briefings/listBriefingsForMember'
import { requireMember } from '@/lib/auth/requireMember'
import { formatWhen } from '@/lib/format/formatWhen'

export const metadata = { title: 'Briefings' }

export default async function BriefingsPage() {
  const member = await requireMember()
  const { docs } = await listBriefingsForMember(member)
  const alerts = docs.filter((briefing) => briefing.kind === 'alert')
  const others = docs.filter((briefing) => briefing.kind !== 'alert')
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Briefings</h1>
      {alerts.length ? (
        <section aria-labelledby="alerts" className="space-y-2">
          <h2 id="alerts" className="text-lg font-semibold text-red-900">
            Alerts
          </h2>
          <ul className="space-y-2">
            {alerts.map((briefing) => (
              <li key={briefing.id} className="rounded-lg border-2 border-red-700 bg-red-50 p-3">
                <Link className="font-semibold underline" href={`/briefings/${briefing.slug}`}>
                  {briefing.title}
                </Link>
                <p>{briefing.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="space-y-3">
        {others.map((briefing) => (
          <li key={briefing.id} className="rounded-lg border border-slate-300 bg-white p-3">
            <span className="text-sm font-medium uppercase text-slate-700">
              {briefing.kind === 'event' ? `Event · ${formatWhen(briefing.event?.startsAt)}` : 'News'}
              {briefing.audience === 'members' ? ' · members only' : ''}
            </span>
            <Link className="block font-semibold underline" href={`/briefings/${briefing.slug}`}>
              {briefing.title}
            </Link>
            <p>{briefing.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  )
}
