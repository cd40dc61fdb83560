import type { listProposals } from '@/features/proposals/listProposals'
import {
  approveProposalAction,
  mergeProfilesAction,
  rejectProposalAction,
} from '@/features/proposals/reviewProposalActions'
import { formatWhen } from '@/lib/format/formatWhen'

type Proposal = Awaited<ReturnType<typeof listProposals>>[number]

/** One proposal: who proposed it, its photos and source reports, look-alikes to merge into, and the decision. */
export const ProposalCard = ({ proposal }: { proposal: Proposal }) => (
  <li className="ntars-card">
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
                {incident.type} at {incident.business}, {formatWhen(incident.occurredAt)}
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
)
