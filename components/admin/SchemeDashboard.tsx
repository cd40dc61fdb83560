import type { ServerProps } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { WeeklyChart } from '@/components/charts/WeeklyChart'
import { dashboardFigures } from '@/features/dashboard/dashboardFigures'
import { formatWhen } from '@/lib/format/formatWhen'
import { adminListUrl } from './adminListUrl'

/** The staff dashboard: how the scheme is doing and what is waiting, each figure linking to its list. */
export const SchemeDashboard = async ({ payload, user }: ServerProps) => {
  const staff = user as StaffAccount | undefined
  if (!payload || !isSchemeManagerAccount(staff)) return null
  const figures = await dashboardFigures(payload, staff)
  const since = (date: Date) => ({ occurredAt: { greater_than_equal: date.toISOString() } })
  const change = figures.thisMonth - figures.lastMonth
  return (
    <section className="ntars-dashboard" aria-label="Scheme dashboard">
      <section>
        <h2>Subject requests and appeals due</h2>
        {figures.openRequests.requests.length ? (
          <ol>
            {figures.openRequests.requests.map((request) => (
              <li key={request.id} className={request.deadline.overdue ? 'ntars-warning' : undefined}>
                <a href={`/admin/collections/subject-requests/${request.id}`}>
                  {request.kind === 'appeal' ? 'Appeal' : 'Access request'}: {request.subjectName}
                </a>{' '}
                {request.deadline.overdue ? <strong>{request.deadline.text}</strong> : request.deadline.text}
              </li>
            ))}
          </ol>
        ) : (
          <p>None open.</p>
        )}
        {figures.openRequests.total > figures.openRequests.requests.length ? (
          <p>
            <a href={adminListUrl('subject-requests', { status: { equals: 'open' } })}>
              All {figures.openRequests.total} open requests
            </a>
          </p>
        ) : null}
      </section>
      <section>
        <h2>Incidents this month</h2>
        <a className="ntars-figure" href={adminListUrl('incidents', since(figures.since.thisMonth))}>
          {figures.thisMonth}
        </a>
        <p>
          Last month: {figures.lastMonth} ({change >= 0 ? '+' : ''}
          {change})
        </p>
      </section>
      <section>
        <h2>Waiting for you</h2>
        <p>
          <a href="/admin/approvals">{figures.proposalsWaiting} profile proposals</a>
        </p>
        <p>
          <a href={adminListUrl('businesses', { membershipStatus: { equals: 'applicant' } })}>
            {figures.applicantsWaiting} applications to join
          </a>
        </p>
        <p>
          <a href={adminListUrl('businesses', { isAdopted: { equals: 'true' } })}>
            {figures.adoptedShops} adopted shops
          </a>
        </p>
      </section>
      <section>
        <h2>This month by type</h2>
        <ul>
          {figures.byType.map(([type, label, count]) => (
            <li key={type}>
              <a
                href={adminListUrl('incidents', {
                  ...since(figures.since.thisMonth),
                  type: { equals: type },
                })}
              >
                {label}: {count}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {/* The full width of the dashboard, drawn at its own size: a dashboard cell was too small to read. */}
      <section className="ntars-dashboard-wide">
        <WeeklyChart
          weeks={figures.weeks}
          caption="Incidents per week (last 12 weeks)"
          width={1100}
          height={240}
        />
      </section>
      <section>
        <h2>Top businesses this month</h2>
        <ol>
          {figures.topBusinesses.map((business) => (
            <li key={business.id}>
              <a
                href={adminListUrl('incidents', {
                  ...since(figures.since.thisMonth),
                  business: { equals: String(business.id) },
                })}
              >
                {business.name}: {business.count}
              </a>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>Most active offenders (90 days)</h2>
        <ol>
          {figures.activeOffenders.map((offender) => (
            <li key={offender.id}>
              <a href={`/admin/collections/offenders/${offender.id}`}>
                {offender.name}: {offender.count}
              </a>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>Exclusions ending in 30 days</h2>
        {figures.exclusionsEndingSoon.length ? (
          <ul>
            {figures.exclusionsEndingSoon.map((offender) => (
              <li key={offender.id}>
                <a href={`/admin/collections/offenders/${offender.id}`}>{offender.name}</a>:{' '}
                {formatWhen(offender.endsAt)}
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </section>
    </section>
  )
}
