import type { UIFieldServerProps } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { relationIds } from '@/access/relationIds'
import { countSubjectData } from '@/features/subjectAccess/countSubjectData'
import { describeDeadline } from '@/features/subjectAccess/describeDeadline'
import { suggestProfilesByName } from '@/features/subjectAccess/suggestProfilesByName'
import { formatWhen } from '@/lib/format/formatWhen'
import { LinkProfileButton } from './LinkProfileButton'

/**
 * The working panel on a subject request: how long is left, what the linked profiles hold, profiles that
 * may be the same person (to link), and the ZIP download. Shown only to scheme managers and admins (the
 * collection's own access already keeps everyone else out of the document).
 */
export const SubjectRequestPanel = async ({ data, id, req }: UIFieldServerProps) => {
  const staff = req.user as StaffAccount | null
  if (!isSchemeManagerAccount(staff)) return null
  const request = (data ?? {}) as {
    kind?: string
    subjectName?: string
    offenders?: unknown
    dueAt?: string | null
    status?: string
    exportedAt?: string | null
  }
  const linked = relationIds(request.offenders)
  const [counts, suggestions] = await Promise.all([
    countSubjectData(req.payload, staff, linked),
    request.subjectName ? suggestProfilesByName(req.payload, staff, request.subjectName) : [],
  ])
  const deadline = describeDeadline(request.dueAt)
  const unlinked = suggestions.filter((suggestion) => !linked.includes(suggestion.id))

  return (
    <section className="ntars-card" aria-label="Subject request">
      {request.status === 'open' ? (
        <p className={deadline.overdue ? 'ntars-warning' : undefined}>
          <strong>{deadline.text}</strong>
          {request.dueAt ? ` (answer by ${formatWhen(request.dueAt)})` : ''}
        </p>
      ) : (
        <p>
          <strong>{request.status === 'refused' ? 'Refused' : 'Answered'}</strong>
        </p>
      )}
      <h3>What is held on the linked profiles</h3>
      <ul>
        <li>{linked.length} profiles linked</li>
        <li>{counts.incidents} reports naming them</li>
        <li>{counts.recognitions} recognitions</li>
        <li>{counts.images} images</li>
        <li>{counts.auditEntries} audit entries about the profiles</li>
      </ul>
      <h3>Profiles that may be this person</h3>
      {unlinked.length ? (
        <ul>
          {unlinked.map((suggestion) => (
            <li key={suggestion.id}>
              <a href={`/admin/collections/offenders/${suggestion.id}`} target="_blank" rel="noreferrer">
                {suggestion.name}
              </a>
              {suggestion.aliases.length ? ` (also ${suggestion.aliases.join(', ')})` : ''} ·{' '}
              {suggestion.status} <LinkProfileButton profileId={suggestion.id} name={suggestion.name} />
            </li>
          ))}
        </ul>
      ) : (
        <p>No other profile has a similar name or alias.</p>
      )}
      {request.kind === 'appeal' ? (
        <p>
          Answering an appeal as <em>upheld</em> lifts the exclusion on every linked profile when you save.
          For <em>partly upheld</em>, change the end date on the profile's running exclusion notice yourself.
        </p>
      ) : null}
      <h3>Export</h3>
      {id && linked.length ? (
        <p>
          <a className="btn btn--style-primary" href={`/staff/subject-requests/${id}/export`} download>
            Download ZIP
          </a>{' '}
          {request.exportedAt ? `Last downloaded ${formatWhen(request.exportedAt)}.` : 'Not downloaded yet.'}
        </p>
      ) : (
        <p>Link the profiles that are this person and save, then download the export here.</p>
      )}
      <p>
        Read summary.html before sending: other people are removed from the records, but images may show
        bystanders, and free text can name someone the scheme holds no record of.
      </p>
    </section>
  )
}
