import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { BarChart } from '@/components/charts/BarChart'
import { WeeklyChart } from '@/components/charts/WeeklyChart'
import { mayReadOutcomes } from '@/features/outcomes/mayReadOutcomes'
import { outcomeFigures } from '@/features/outcomes/outcomeFigures'
import { outcomePresets } from '@/features/outcomes/outcomePresets'
import { periodFromParams } from '@/features/outcomes/periodFromParams'
import { formatDay } from '@/lib/format/formatDay'
import { formatPounds } from '@/lib/format/formatPounds'
import { redirectAnonymousToSignIn } from './redirectAnonymousToSignIn'

const periodQuery = (from: string, to: string) =>
  `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`

/**
 * Outcome reports for the BID board: choose a period (or a preset), see the figures and charts, and
 * download the same figures as CSV or a printable PDF. Admins and scheme managers only; the downloads
 * check the account again and are audit-logged.
 */
export const OutcomeReportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  redirectAnonymousToSignIn(req, '/outcomes')
  const staff = req.user as StaffAccount | null
  const allowed = mayReadOutcomes(staff)
  const period = periodFromParams({
    from: searchParams?.from as string | string[] | undefined,
    to: searchParams?.to as string | string[] | undefined,
  })
  const figures = allowed && !('error' in period) ? await outcomeFigures(req.payload, staff, period) : null
  const presets = outcomePresets()
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Outcome reports</h1>
        {!allowed ? <p>Only scheme managers and admins see outcome reports.</p> : null}
        {allowed ? (
          <>
            <nav aria-label="Report periods" className="ntars-actions">
              {presets.map((preset) => (
                <a
                  key={preset.label}
                  className="btn btn--style-secondary btn--size-small"
                  href={`/admin/outcomes?${periodQuery(preset.from, preset.to)}`}
                >
                  {preset.label}
                </a>
              ))}
            </nav>
            <form method="get" action="/admin/outcomes" className="ntars-actions">
              <label htmlFor="outcomes-from">From</label>
              <input
                id="outcomes-from"
                name="from"
                type="date"
                required
                defaultValue={'error' in period ? undefined : period.from}
              />
              <label htmlFor="outcomes-to">To</label>
              <input
                id="outcomes-to"
                name="to"
                type="date"
                required
                defaultValue={'error' in period ? undefined : period.to}
              />
              <button type="submit" className="btn btn--style-primary btn--size-small">
                Show
              </button>
            </form>
            {'error' in period ? (
              <p role="alert" className="ntars-warning">
                {period.error}
              </p>
            ) : null}
          </>
        ) : null}
        {figures ? (
          <>
            <h2>
              {formatDay(figures.from)} to {formatDay(figures.to)}
            </h2>
            <p>
              <a href={`/staff/outcomes/csv?${periodQuery(figures.from, figures.to)}`} download>
                Download CSV
              </a>{' '}
              ·{' '}
              <a href={`/staff/outcomes/pdf?${periodQuery(figures.from, figures.to)}`} download>
                Download printable PDF
              </a>
            </p>
            <dl className="ntars-figures">
              <dt>Incidents reported</dt>
              <dd>{figures.incidents}</dd>
              <dt>Value lost</dt>
              <dd>{formatPounds(figures.valueLost)}</dd>
              <dt>Value recovered</dt>
              <dd>{formatPounds(figures.valueRecovered)}</dd>
              <dt>Offenders active</dt>
              <dd>{figures.offendersActive}</dd>
              <dt>Exclusions issued</dt>
              <dd>
                {figures.exclusionsIssued.total} (warnings {figures.exclusionsIssued.warning}, exclusions{' '}
                {figures.exclusionsIssued.exclusion}, since ended {figures.exclusionsIssued.ended})
              </dd>
              <dt>Exclusion breaches</dt>
              <dd>{figures.breaches}</dd>
              <dt>Arrests / charges / convictions</dt>
              <dd>
                {figures.arrests} / {figures.charges} / {figures.convictions}
              </dd>
              <dt>Adopted-shop visits</dt>
              <dd>
                {figures.shopVisits} ({figures.shopsVisited} shops)
              </dd>
            </dl>
            <WeeklyChart weeks={figures.byWeek} emptyMessage="No incidents in this period." />
            <BarChart
              caption="Incidents by type"
              items={figures.byType.map((type) => ({ label: type.label, value: type.count }))}
              labelHeading="Type"
              valueHeading="Incidents"
              emptyMessage="No incidents in this period."
            />
            <BarChart
              caption="Police outcomes"
              items={[
                { label: 'Arrests', value: figures.arrests },
                { label: 'Charges', value: figures.charges },
                { label: 'Convictions', value: figures.convictions },
              ]}
              labelHeading="Outcome"
              valueHeading="Incidents"
              emptyMessage="No police outcomes recorded for this period yet."
            />
            <BarChart
              caption="Most affected businesses"
              items={figures.byBusiness.map((place) => ({ label: place.name, value: place.count }))}
              labelHeading="Business"
              valueHeading="Incidents"
              emptyMessage="No incidents in this period."
            />
          </>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
