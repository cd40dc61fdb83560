import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { relationKey } from '@/access/relationKey'
import { mayAddPoliceDetails } from '@/collections/Incidents/access/mayAddPoliceDetails'
import { incidentStatuses } from '@/collections/Incidents/incidentTypes'
import { answererRoleOf } from '@/collections/ReportMessages/access/answererRoleOf'
import { mayAskOnReports } from '@/collections/ReportMessages/access/mayAskOnReports'
import { mayRequestStatements } from '@/collections/WitnessStatements/access/mayRequestStatements'
import { AskOnReportForm } from '@/components/members/AskOnReportForm'
import { IncidentStatements } from '@/components/members/IncidentStatements'
import { PoliceFieldsForm } from '@/components/members/PoliceFieldsForm'
import { ReplyOnReportForm } from '@/components/members/ReplyOnReportForm'
import { ReportConversation } from '@/components/members/ReportConversation'
import { RequestStatementForm } from '@/components/members/RequestStatementForm'
import { BackLink } from '@/components/shared/BackLink'
import { mayExportEvidencePack } from '@/features/evidencePack/mayExportEvidencePack'
import { listConversation } from '@/features/reportConversations/listConversation'
import { getIncident } from '@/features/reports/getIncident'
import { idOfReference } from '@/features/reports/idOfReference'
import { referenceOf } from '@/features/reports/referenceOf'
import { policeOutcomeOptions } from '@/features/vocabulary/policeOutcomeOptions'
import { listStatementsOfIncident } from '@/features/witnessStatements/listStatementsOfIncident'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { auditView } from '@/lib/audit/auditView'
import { requireMember } from '@/lib/auth/requireMember'
import { formatWhen } from '@/lib/format/formatWhen'
import { labelOf } from '@/lib/format/labelOf'
import { recordLabel } from '@/lib/format/recordLabel'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const metadata = { title: 'Report' }

const nameOf = (value: unknown, fallback: string) =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: string }).name) : fallback

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember()
  const { id } = await params
  if (!/^\d+$/.test(id)) {
    // A reference as printed or quoted (`QS-000123`, or one under an earlier prefix) opens its report.
    const referenced = idOfReference(decodeURIComponent(id))
    if (referenced) redirect(`/incidents/${referenced}`)
    notFound()
  }
  const incident = await getIncident(member, Number(id))
  if (!incident) {
    // Logged only when the report exists: this member may not see it.
    await auditMemberRefusal(member, {
      summary: `Report #${id} refused`,
      entityCollection: 'incidents',
      entityId: Number(id),
    })
    notFound()
  }
  await auditView(member, 'incidents', incident.id)
  const { referencePrefix } = await getSchemeSettings()
  const outcomeKey = relationKey(incident.police?.outcome)
  const offenders = (incident.offenders ?? []).filter((entry) => typeof entry === 'object')
  const photos = (incident.evidence ?? []).filter((entry) => typeof entry === 'object')
  const asksStatements = mayRequestStatements({ user: member })
  const statements = asksStatements ? await listStatementsOfIncident(member, incident.id) : []
  const messages = await listConversation(member, incident.id)
  const asksReporter = mayAskOnReports({ user: member }) && Boolean(incident.reporter)
  // An anonymised report has no reporter left to ask. The reporter answers once someone has asked: the thread
  // is not a chat they start.
  const answers =
    answererRoleOf({ user: member }, incident) !== null &&
    messages.some((message) => message.kind !== 'reply')
  return (
    <article className="space-y-4">
      <BackLink
        href={member.role === 'member' || member.role === 'business-manager' ? '/reports' : '/incidents'}
      >
        Back to reports
      </BackLink>
      <h1 className="text-2xl font-bold">
        {recordLabel(incident.type)} · {referenceOf(incident.id, referencePrefix)}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-300 bg-white p-4">
        <dt className="font-medium">When</dt>
        <dd>{formatWhen(incident.occurredAt)}</dd>
        <dt className="font-medium">Where</dt>
        <dd>
          {nameOf(incident.business, 'A member business')}
          {incident.spot ? `, ${incident.spot}` : ''}
        </dd>
        <dt className="font-medium">Status</dt>
        <dd>{labelOf(incidentStatuses, incident.status)}</dd>
        {incident.reporter ? (
          <>
            <dt className="font-medium">Reported by</dt>
            <dd>{nameOf(incident.reporter, 'A member')}</dd>
          </>
        ) : null}
        {incident.valueLost ? (
          <>
            <dt className="font-medium">Value lost</dt>
            <dd>
              £{incident.valueLost.toFixed(2)}
              {incident.valueRecovered ? ` (£${incident.valueRecovered.toFixed(2)} recovered)` : ''}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">Police called</dt>
        <dd>{incident.policeCalled ? 'Yes' : 'No'}</dd>
        {incident.police?.crimeReference ? (
          <>
            <dt className="font-medium">Crime reference</dt>
            <dd>{incident.police.crimeReference}</dd>
          </>
        ) : null}
        {outcomeKey && outcomeKey !== 'none' ? (
          <>
            <dt className="font-medium">Outcome</dt>
            <dd>{recordLabel(incident.police?.outcome)}</dd>
          </>
        ) : null}
      </dl>
      <section>
        <h2 className="text-lg font-semibold">What happened</h2>
        <p className="whitespace-pre-line">{incident.description}</p>
      </section>
      {offenders.length || incident.unknownPersonDescription ? (
        <section>
          <h2 className="text-lg font-semibold">Who</h2>
          <ul className="list-disc pl-6">
            {offenders.map((offender) => (
              <li key={offender.id}>
                <Link className="underline" href={`/offenders/${offender.id}`}>
                  {offender.displayName}
                </Link>
              </li>
            ))}
          </ul>
          {incident.unknownPersonDescription ? <p>Description: {incident.unknownPersonDescription}</p> : null}
        </section>
      ) : null}
      {photos.length ? (
        <section>
          <h2 className="text-lg font-semibold">Photos</h2>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {photos.map((photo) => (
              <li key={photo.id}>
                <a href={`/photos/${photo.id}`}>
                  {/* biome-ignore lint/performance/noImgElement: private watermarked images are never optimised or cached */}
                  <img
                    src={`/photos/${photo.id}?size=thumbnail`}
                    alt={`Evidence ${photo.id} from this report`}
                    width={320}
                    height={320}
                    className="w-full rounded"
                  />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mayExportEvidencePack(member) ? (
        <ul className="space-y-1">
          <li>
            <a className="underline" href={`/evidence-pack/incidents/${incident.id}`} download>
              Download evidence pack (PDF)
            </a>
          </li>
          <li>
            <a className="underline" href={`/evidence-pack/incidents/${incident.id}?format=zip`} download>
              Download as ZIP (JSON + files)
            </a>
          </li>
        </ul>
      ) : null}
      {mayAddPoliceDetails({ user: member }) ? (
        <PoliceFieldsForm
          id={incident.id}
          crimeReference={incident.police?.crimeReference}
          outcome={outcomeKey}
          notes={incident.police?.notes}
          outcomes={await policeOutcomeOptions(member)}
        />
      ) : null}
      {messages.length || asksReporter ? (
        <section id="conversation" aria-labelledby="conversation-heading" className="space-y-3">
          <h2 id="conversation-heading" className="text-lg font-semibold">
            Questions about this report
          </h2>
          {messages.length ? (
            <ReportConversation messages={messages} />
          ) : (
            <p>Nobody has asked anything about this report yet.</p>
          )}
          {answers ? <ReplyOnReportForm incidentId={incident.id} /> : null}
          {asksReporter ? <AskOnReportForm incidentId={incident.id} /> : null}
        </section>
      ) : null}
      {asksStatements ? (
        <>
          <IncidentStatements statements={statements} />
          {incident.reporter ? <RequestStatementForm incidentId={incident.id} /> : null}
        </>
      ) : null}
    </article>
  )
}
