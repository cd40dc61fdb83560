import { Pill } from '@payloadcms/ui'
import type { ProposalReview } from '@/features/proposals/loadProposalReview'
import { mergeProposal } from '@/features/proposals/mergeProposal'
import { formatShortDate } from '@/lib/format/formatShortDate'
import { formatWhen } from '@/lib/format/formatWhen'
import styles from './ApprovalQueue.module.css'
import { LookAlikeKicker } from './LookAlikeKicker'
import { MergeProposalButton } from './MergeProposalButton'
import { ProfileColumn } from './ProfileColumn'
import { ProposalDecision } from './ProposalDecision'

type ProposalReviewPanelProps = { review: ProposalReview; nextId: number | null }

/**
 * The open proposal: who proposed it and why, the decision, then the proposal beside its best look-alikes,
 * each of which it can be merged into.
 */
export const ProposalReviewPanel = ({
  review: { proposal, lookAlikes },
  nextId,
}: ProposalReviewPanelProps) => (
  <article className={styles.review} aria-labelledby="open-proposal-heading">
    <header className={styles.reviewHeader}>
      <div>
        <h2 id="open-proposal-heading" className={styles.reviewTitle}>
          {proposal.name}
        </h2>
        <p className={styles.muted}>
          Proposed {formatWhen(proposal.createdAt)}
          {proposal.proposedBy ? ` by ${proposal.proposedBy}` : ''} ·{' '}
          <a href={`/admin/collections/offenders/${proposal.id}`}>Open the full record</a>
        </p>
      </div>
      <ProposalDecision id={proposal.id} nextId={nextId} />
    </header>

    <div className={styles.compare}>
      <ProfileColumn
        profile={proposal}
        highlighted
        kicker={<span className={styles.kickerLabel}>This proposal</span>}
        facts={[{ label: 'Reports', value: String(proposal.reports.length) }]}
      />
      {lookAlikes.map((match) => (
        <ProfileColumn
          key={match.id}
          profile={match}
          kicker={<LookAlikeKicker likeness={match.likeness} />}
          facts={[
            { label: 'Reports', value: String(match.incidentCount) },
            {
              label: 'Shared',
              value: match.sharedIncidents ? `${match.sharedIncidents} with this proposal` : 'None',
            },
          ]}
        >
          <form action={mergeProposal}>
            <input type="hidden" name="id" value={proposal.id} />
            <input type="hidden" name="survivor" value={match.id} />
            {nextId ? <input type="hidden" name="next" value={nextId} /> : null}
            <MergeProposalButton proposalId={proposal.id} survivorId={match.id} survivorName={match.name} />
          </form>
        </ProfileColumn>
      ))}
      {lookAlikes.length ? null : (
        <div className={styles.noMatches}>
          <Pill size="small" pillStyle="light-gray">
            No look-alikes
          </Pill>
          <p>No profile looks like this one by name, description or photo.</p>
        </div>
      )}
    </div>

    {proposal.reports.length ? (
      <section className={styles.reports} aria-labelledby="source-reports-heading">
        <h3 id="source-reports-heading">Reports behind this proposal</h3>
        <ul>
          {proposal.reports.map((report) => (
            <li key={report.id}>
              <a href={`/admin/collections/incidents/${report.id}`}>
                {report.type} at {report.business}, {formatShortDate(report.occurredAt)}
              </a>
              {report.description ? <span className={styles.muted}> — {report.description}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    ) : null}
  </article>
)
