import { formatWhen } from '@/lib/format/formatWhen'
import { escapeHtml } from '@/lib/text/escapeHtml'
import type { SubjectExport } from './toSubjectExport'

type Row = [label: string, value: unknown]

const text = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.length ? value.map(text).join(', ') : '—'
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatWhen(value)
  return String(value)
}
const table = (rows: Row[]) =>
  `<table>${rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(text(value))}</td></tr>`).join('')}</table>`
const section = (title: string, body: string) => `<section><h2>${escapeHtml(title)}</h2>${body}</section>`
const none = '<p>None held.</p>'

/**
 * The readable copy of the export for the person who asked: one printable page, every value escaped
 * (free text from reports could hold markup). data.json holds the same facts for machines.
 */
export const renderSummaryHtml = (data: SubjectExport, schemeName: string): string => {
  const profiles = data.profiles
    .map(
      (profile) =>
        `<article><h3>Profile ${profile.reference}</h3>${table([
          ['Name shown', profile.displayName],
          ['First name', profile.firstName],
          ['Last name', profile.lastName],
          ['Other names', profile.aliases],
          ['Gallery', profile.gallery],
          ['Status', profile.status],
          ['Age range', profile.appearance.ageRange],
          ['Height', profile.appearance.height],
          ['Build', profile.appearance.build],
          ['Hair', profile.appearance.hair],
          ['Distinguishing features', profile.appearance.distinguishingFeatures],
          ['Usual clothing', profile.appearance.usualClothing],
          ['Warning markers', profile.warningMarkers],
          ['How offences are said to be committed', profile.modusOperandi],
          ['Associates', profile.associates],
          ['Exclusion stage', profile.exclusion.stage],
          ['Exclusion starts', profile.exclusion.startsAt],
          ['Exclusion ends', profile.exclusion.endsAt],
          ['Appeal possible from', profile.exclusion.appealFrom],
          ['Last breach', profile.exclusion.lastBreachAt],
          ['Police notes', profile.policeNotes],
          ['Safeguarding', profile.safeguarding],
          ['Safeguarding note', profile.safeguardingNote],
          ['Reason a rejected proposal was rejected', profile.rejectionReason],
          ['Kept past review because', profile.retentionHold?.reason],
          ['Left the gallery', profile.archivedAt],
          ['Last incident', profile.lastIncidentAt],
          ['Proposed by', profile.proposedBy],
          ['Approved by', profile.approvedBy],
          ['Approved', profile.approvedAt],
          ['Created', profile.createdAt],
          ['Images', profile.images],
        ])}${profile.exclusionNotices
          .map(
            (notice) =>
              `<h4>Exclusion notice ${notice.reference}</h4>${table([
                ['Stage', notice.stage],
                ['Outcome', notice.outcome],
                ['Area', notice.zone],
                ['Starts', notice.startsAt],
                ['Ends', notice.endsAt],
                ['Appeal possible from', notice.appealFrom],
                ['Last breach', notice.lastBreachAt],
                ['Stage the scheme’s rules suggested', notice.calculation.suggestedStage],
                ['Points', notice.calculation.points],
                ['Why', notice.calculation.reasons],
                ['Why staff chose otherwise', notice.calculation.overrideReason],
                ['Served', notice.service.servedAt],
                ['Served by', notice.service.servedBy],
                ['Served where', notice.service.place],
                ['Signed', notice.service.signature],
                ['Deleted after', notice.deletedAfter],
              ])}`,
          )
          .join('')}</article>`,
    )
    .join('')
  const incidents = data.incidents
    .map(
      (incident) =>
        `<article><h3>Report ${incident.reference}</h3>${table([
          ['When', incident.occurredAt],
          ['Type', incident.type],
          ['Where', incident.business],
          ['Spot', incident.spot],
          ['Summary', incident.summary],
          ['What happened', incident.description],
          ['Value lost (£)', incident.valueLost],
          ['Value recovered (£)', incident.valueRecovered],
          ['Police called', incident.policeCalled],
          ['Other people involved', incident.otherPeopleInvolved],
          ['Description of an unidentified person', incident.unknownPersonDescription],
          ['Status', incident.status],
          ['During an exclusion', incident.exclusionBreach],
          ['Crime reference', incident.police.crimeReference],
          ['Police outcome', incident.police.outcome],
          ['Police notes', incident.police.notes],
          ['Reported by', incident.reportedBy],
          ['Images', incident.images],
          [
            'Messages about the report',
            incident.conversation.map(
              (message) => `${formatWhen(message.sentAt)}, ${message.by}: ${message.text}`,
            ),
          ],
        ])}</article>`,
    )
    .join('')
  const recognitions = data.recognitions.length
    ? `<table><tr><th>When</th><th>Profile</th><th>From</th><th>How sure</th><th>By</th><th>Note</th></tr>${data.recognitions
        .map(
          (entry) =>
            `<tr>${[
              entry.recognisedAt,
              entry.profile,
              entry.source,
              entry.confidence,
              entry.recognisedBy,
              entry.note,
            ]
              .map((value) => `<td>${escapeHtml(text(value))}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</table>`
    : none
  const images = data.images.length
    ? `<ul>${data.images
        .map(
          (image) =>
            `<li>${escapeHtml(image.file ?? `Image ${image.evidenceId}: the stored file could not be read`)} (${escapeHtml(image.kind)}${image.caption ? `: ${escapeHtml(image.caption)}` : ''})</li>`,
        )
        .join('')}</ul>`
    : none
  const audit = data.auditEntries.length
    ? `<table><tr><th>When</th><th>What</th><th>By</th><th>About</th><th>Fields changed</th></tr>${data.auditEntries
        .map(
          (entry) =>
            `<tr>${[
              entry.when,
              entry.summary,
              entry.by,
              `${entry.about} ${entry.reference ?? ''}`,
              entry.fieldsChanged,
            ]
              .map((value) => `<td>${escapeHtml(text(value))}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</table>`
    : none

  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(`Your data held by ${schemeName}`)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2;width:16rem}article{break-inside:avoid;margin-bottom:1.5rem}h2{border-bottom:2px solid #111;margin-top:2rem}
@media print{body{margin:0}}</style></head><body>
<h1>${escapeHtml(`Your data held by ${schemeName}`)}</h1>
${table([
  ['Request reference', data.request.reference],
  ['Received', data.request.receivedAt],
  ['Answer due by', data.request.dueAt],
  ['This copy made', data.generatedAt],
])}
<p>Other people named in these records (the people who reported, recognised or recorded them, staff, and
anyone else involved) are shown only as "a scheme member", "a member of staff" or "another person": their
details are theirs, not yours. Business names are kept. The same data is in data.json; the images are in
the images folder.</p>
${section('Profiles', profiles || none)}
${section('Reports that name you', incidents || none)}
${section('Times you were recognised', recognitions)}
${section('Images', images)}
${section('Who looked at or changed these records', audit)}
</body></html>
`
}
