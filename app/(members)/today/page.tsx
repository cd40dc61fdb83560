import Link from 'next/link'
import { mayCountSchemeReports } from '@/collections/Incidents/access/mayCountSchemeReports'
import { CountText } from '@/components/today/CountText'
import { DayWeekTable } from '@/components/today/DayWeekTable'
import { getTodayInTown } from '@/features/today/getTodayInTown'
import { requireMemberAllowedBy } from '@/lib/auth/requireMemberAllowedBy'
import { formatLongDate } from '@/lib/format/formatLongDate'

export const metadata = { title: 'Today in town' }

const box = 'rounded-lg border border-slate-300 bg-white p-4'

export default async function TodayPage() {
  const member = await requireMemberAllowedBy(mayCountSchemeReports, 'Today in town')
  const figures = await getTodayInTown(member)
  const { window } = figures
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Today in town</h1>
        <p className="text-slate-700">
          {formatLongDate(window.dayStart)}. The week began on Monday {formatLongDate(window.weekStart)}.
        </p>
      </div>

      <section aria-labelledby="reports-heading" className={box}>
        <h2 id="reports-heading" className="text-lg font-semibold">
          Reports across the scheme
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 text-center">
          <div className="rounded bg-slate-100 p-3">
            <dt className="text-sm text-slate-700">Today</dt>
            <dd className="text-3xl font-bold tabular-nums">
              <CountText count={figures.reports.today} />
            </dd>
          </div>
          <div className="rounded bg-slate-100 p-3">
            <dt className="text-sm text-slate-700">This week</dt>
            <dd className="text-3xl font-bold tabular-nums">
              <CountText count={figures.reports.week} />
            </dd>
          </div>
        </dl>
        {figures.minimumCell > 1 ? (
          <p className="mt-3 text-sm text-slate-700">
            Counts only, never another shop’s report. Fewer than {figures.minimumCell} shows as “&lt;{' '}
            {figures.minimumCell}”, and quieter streets are grouped together.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="types-heading" className={box}>
        <h2 id="types-heading" className="text-lg font-semibold">
          By type
        </h2>
        {figures.byType.length ? (
          <DayWeekTable
            caption="Reports by type, today and this week"
            heading="Type"
            rows={figures.byType.map((row) => ({ ...row, key: row.type, name: row.label }))}
          />
        ) : (
          <p className="mt-2">No reports this week.</p>
        )}
      </section>

      <section aria-labelledby="streets-heading" className={box}>
        <h2 id="streets-heading" className="text-lg font-semibold">
          By street
        </h2>
        {figures.byStreet.length ? (
          <DayWeekTable
            caption="Reports by street, today and this week"
            heading="Street"
            rows={figures.byStreet.map((row) => ({ ...row, key: row.street, name: row.street }))}
          />
        ) : (
          <p className="mt-2">No reports this week.</p>
        )}
      </section>

      {member.role !== 'partner' || member.partner?.seesGallery ? (
        <section aria-labelledby="profiles-heading" className={box}>
          <h2 id="profiles-heading" className="text-lg font-semibold">
            People in the gallery reported this week
          </h2>
          {figures.profiles.length ? (
            <DayWeekTable
              caption="Gallery profiles reported, today and this week"
              heading="Person"
              rows={figures.profiles.map((row) => ({
                ...row,
                key: String(row.id),
                name: (
                  <Link className="underline" href={`/offenders/${row.id}`}>
                    {row.name}
                  </Link>
                ),
              }))}
            />
          ) : (
            <p className="mt-2">Nobody in the gallery has been reported this week.</p>
          )}
        </section>
      ) : null}

      {figures.exclusions ? (
        <section aria-labelledby="exclusions-heading" className={box}>
          <h2 id="exclusions-heading" className="text-lg font-semibold">
            Notices served
          </h2>
          <p className="mt-2">
            Today: <strong className="tabular-nums">{figures.exclusions.today}</strong>. This week:{' '}
            <strong className="tabular-nums">{figures.exclusions.week}</strong>.
          </p>
          {figures.exclusions.profiles.length ? (
            <ul className="mt-2 list-disc pl-5">
              {figures.exclusions.profiles.map((profile) => (
                <li key={profile.id}>
                  <Link className="underline" href={`/offenders/${profile.id}`}>
                    {profile.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
