import Link from 'next/link'
import { notFound } from 'next/navigation'
import { isExclusionActive } from '@/collections/Offenders/exclusions/isExclusionActive'
import { mayRecognise } from '@/collections/Recognitions/access/mayRecognise'
import { maySendTownAlerts } from '@/collections/TownAlerts/access/sendsTownAlerts'
import { PatternSummary } from '@/components/charts/PatternSummary'
import { EvidencePackForm } from '@/components/members/EvidencePackForm'
import { ProfileNotices } from '@/components/members/ProfileNotices'
import { ProfilePhotoGrid } from '@/components/members/ProfilePhotoGrid'
import { RecogniseForm } from '@/components/members/RecogniseForm'
import { TownAlertForm } from '@/components/members/TownAlertForm'
import { BackLink } from '@/components/shared/BackLink'
import { listPackableIncidents } from '@/features/evidencePack/listPackableIncidents'
import { mayExportEvidencePack } from '@/features/evidencePack/mayExportEvidencePack'
import { listProfileNotices } from '@/features/exclusionNotices/listProfileNotices'
import { getOffenderProfile } from '@/features/gallery/getOffenderProfile'
import { requireGalleryViewer } from '@/features/gallery/requireGalleryViewer'
import { summariseAggregates } from '@/features/patterns/summariseAggregates'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { auditView } from '@/lib/audit/auditView'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { formatWhen } from '@/lib/format/formatWhen'
import { recordLabel } from '@/lib/format/recordLabel'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'
import { londonNowLocal } from '@/lib/time/londonTime'

export const metadata = { title: 'Profile' }

// The weekly chart shows the last year: a busy profile spans years, and hundreds of bars (each with a row
// in the chart's data table) are unreadable on a phone and made the page ten times heavier. The other
// charts and the totals still cover every report.
const chartWeeks = 52

const formatDay = (iso?: string | null) => (iso ? formatLongDate(iso) : '—')

export default async function OffenderProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireGalleryViewer()
  const { id } = await params
  if (!/^\d+$/.test(id)) notFound()
  const profile = await getOffenderProfile(member, Number(id))
  if (!profile) {
    // Logged only when the profile exists: this member may not see it.
    await auditMemberRefusal(member, {
      summary: `Offender profile #${id} refused`,
      entityCollection: 'offenders',
      entityId: Number(id),
    })
    notFound()
  }
  const { offender, pattern, recent, totalIncidents } = profile
  const lastWeeks = { weeks: chartWeeks, now: new Date() }
  await auditView(member, 'offenders', offender.id)
  const associates = (offender.associates ?? []).filter((entry) => typeof entry === 'object')
  const exclusion = offender.exclusion
  // An exclusion whose end date has passed is over, even before the nightly job tidies the record.
  const excluded = isExclusionActive(exclusion)
  // Police see the notices they serve; the notices' read rule gives everyone else null (nothing shown).
  const notices = await listProfileNotices(member, offender.id)
  return (
    <article className="space-y-6">
      <BackLink href="/offenders">Back to the gallery</BackLink>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{offender.displayName}</h1>
        {offender.gallery === 'id-sought' ? (
          <p className="font-medium text-amber-800">ID sought: do you know who this is?</p>
        ) : null}
        {offender.aliases?.length ? (
          <p>Also known as: {offender.aliases.map((alias) => alias.alias).join(', ')}</p>
        ) : null}
      </header>
      <ProfilePhotoGrid name={offender.displayName ?? 'Profile'} photoIds={offender.photoIds} />
      {offender.warningMarkers?.length ? (
        <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          Warning: {offender.warningMarkers.map(recordLabel).join(', ')}
        </p>
      ) : null}
      {exclusion && (exclusion.stage === 'warning' || excluded) ? (
        <section
          className={`rounded-lg border-2 p-3 ${exclusion.stage === 'exclusion' ? 'border-red-700' : 'border-amber-500'}`}
        >
          <h2 className="font-semibold">
            {exclusion.stage === 'exclusion' ? 'Excluded (red)' : 'Warning issued (yellow)'}
          </h2>
          <p>
            From {formatDay(exclusion.startsAt)}
            {exclusion.endsAt ? ` until ${formatDay(exclusion.endsAt)}` : ''}
            {exclusion.appealFrom ? `; may appeal from ${formatDay(exclusion.appealFrom)}` : ''}.
          </p>
        </section>
      ) : null}
      <section className="space-y-1">
        <h2 className="text-lg font-semibold">Description</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4">
          {[
            ['Age', offender.appearance?.ageRange],
            ['Height', offender.appearance?.height],
            ['Build', offender.appearance?.build],
            ['Hair', offender.appearance?.hair],
            ['Usual clothing', offender.appearance?.usualClothing],
            ['Distinguishing features', offender.appearance?.distinguishingFeatures],
          ]
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>
      {offender.modusOperandi ? (
        <section>
          <h2 className="text-lg font-semibold">How they operate</h2>
          <p className="whitespace-pre-line">{offender.modusOperandi}</p>
        </section>
      ) : null}
      {associates.length ? (
        <section>
          <h2 className="text-lg font-semibold">Associates</h2>
          <ul className="list-disc pl-6">
            {associates.map((associate) => (
              <li key={associate.id}>
                <Link className="underline" href={`/offenders/${associate.id}`}>
                  {associate.displayName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {offender.policeNotes ? (
        <section className="rounded-lg border border-slate-300 bg-white p-3">
          <h2 className="text-lg font-semibold">Police notes</h2>
          <p className="whitespace-pre-line">{offender.policeNotes}</p>
        </section>
      ) : null}
      {notices ? <ProfileNotices notices={notices} /> : null}
      {maySendTownAlerts({ user: member }) ? <TownAlertForm offenderId={offender.id} /> : null}
      <PatternSummary summary={summariseAggregates(pattern, { lastWeeks })} lastWeeks={lastWeeks} />
      <section>
        <h2 className="text-lg font-semibold">Latest incidents you can see ({totalIncidents})</h2>
        <ul className="list-disc pl-6">
          {recent.map((incident) => (
            <li key={incident.id}>
              <Link className="underline" href={`/incidents/${incident.id}`}>
                {incident.typeLabel}, {formatWhen(incident.occurredAt)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {mayExportEvidencePack(member) ? (
        <EvidencePackForm
          offenderId={offender.id}
          incidents={await listPackableIncidents(member, offender.id)}
          referencePrefix={(await getSchemeSettings()).referencePrefix}
        />
      ) : null}
      {mayRecognise({ user: member }) ? (
        <RecogniseForm offenderId={offender.id} now={londonNowLocal()} imageIds={offender.photoIds} />
      ) : null}
    </article>
  )
}
