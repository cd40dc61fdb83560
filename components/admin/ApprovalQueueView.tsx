import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { incidentTypes } from '@/collections/Incidents/incidentTypes'
import { listProposals } from '@/features/proposals/listProposals'
import {
  approveProposalAction,
  mergeProfilesAction,
  rejectProposalAction,
} from '@/features/proposals/reviewProposalActions'
import { formatWhen } from '@/lib/format/formatWhen'
import { labelOf } from '@/lib/format/labelOf'
import { redirectAnonymousToSignIn } from './redirectAnonymousToSignIn'

/**
 * Staff review members' proposals here: the reports and photos behind each, possible duplicates to merge,
 * and approve or reject with a reason. Only scheme managers and admins may act; access is re-checked in
 * every action.
 */
export const ApprovalQueueView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  redirectAnonymousToSignIn(req, '/approvals')
  const user = req.user as StaffAccount | null
  const allowed = isSchemeManagerAccount(user)
  const proposals = allowed && user ? await listProposals(req.payload, user) : []
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
        <h1>Approval queue</h1>
        {!allowed ? <p>Only scheme managers and admins review proposals.</p> : null}
        {allowed && !proposals.length ? <p>Nothing is waiting for review.</p> : null}
        <ol className="ntars-queue">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="ntars-card">
              <h2>
                <a href={`/admin/collections/offenders/${proposal.id}`}>{proposal.name}</a>{' '}
                <small>{proposal.gallery === 'id-sought' ? 'ID sought' : 'named'}</small>
              </h2>
              <p>
                Proposed {formatWhen(proposal.createdAt)}
                {proposal.proposedBy ? ` by ${proposal.proposedBy}` : ''}
              </p>
              {proposal.description ? <p>Description: {proposal.description}</p> : null}
              {proposal.photos.length ? (
                <div className="ntars-photos">
                  {proposal.photos.map((file) => (
                    // biome-ignore lint/performance/noImgElement: private files through Payload's access-checked route
                    <img
                      key={file}
                      src={`/api/evidence/file/${encodeURIComponent(file)}`}
                      alt={`Submitted with ${proposal.name}`}
                      width={120}
                      height={120}
                    />
                  ))}
                </div>
              ) : null}
              {proposal.incidents.length ? (
                <>
                  <h3>Source reports</h3>
                  <ul>
                    {proposal.incidents.map((incident) => (
                      <li key={incident.id}>
                        <a href={`/admin/collections/incidents/${incident.id}`}>
                          {labelOf(incidentTypes, incident.type)} at {incident.business},{' '}
                          {formatWhen(incident.occurredAt)}
                        </a>
                        : {incident.description}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {proposal.duplicates.length ? (
                <div className="ntars-warning" role="note">
                  <h3>Looks like</h3>
                  <ul>
                    {proposal.duplicates.map((match) => (
                      <li key={match.id}>
                        <a href={`/admin/collections/offenders/${match.id}`}>{match.name}</a> ({match.status}){' '}
                        <form action={mergeProfilesAction} className="ntars-inline">
                          <input type="hidden" name="survivor" value={match.id} />
                          <input type="hidden" name="duplicate" value={proposal.id} />
                          <button type="submit" className="btn btn--style-secondary btn--size-small">
                            Same person: merge into {match.name}
                          </button>
                        </form>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="ntars-actions">
                <form action={approveProposalAction}>
                  <input type="hidden" name="id" value={proposal.id} />
                  <button type="submit" className="btn btn--style-primary btn--size-small">
                    Approve
                  </button>
                </form>
                <form action={rejectProposalAction} className="ntars-reject">
                  <input type="hidden" name="id" value={proposal.id} />
                  <label htmlFor={`reason-${proposal.id}`}>Reason for rejecting</label>
                  <input id={`reason-${proposal.id}`} name="reason" required minLength={3} maxLength={1000} />
                  <button type="submit" className="btn btn--style-secondary btn--size-small">
                    Reject
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ol>
      </Gutter>
    </DefaultTemplate>
  )
}
