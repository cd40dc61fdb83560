import { Pill, Thumbnail } from '@payloadcms/ui'
import type { ProposalSummary } from '@/features/proposals/listProposals'
import { queueUrl } from '@/features/proposals/queueUrl'
import { formatShortDate } from '@/lib/format/formatShortDate'
import styles from './ApprovalQueue.module.css'
import { evidenceFileUrl } from './evidenceFileUrl'

type ProposalListProps = { proposals: ProposalSummary[]; total: number; openId: number }

/** The waiting proposals, oldest first, one line each; the open one is marked for sight and screen readers. */
export const ProposalList = ({ proposals, total, openId }: ProposalListProps) => (
  <nav className={styles.listPanel} aria-labelledby="proposal-list-heading">
    <div className={styles.listHeading}>
      <h2 id="proposal-list-heading">Waiting</h2>
      <Pill size="small" aria-label={`${total} proposals waiting`}>
        {total}
      </Pill>
    </div>
    {total > proposals.length ? (
      <p className={styles.muted}>The {proposals.length} oldest are listed.</p>
    ) : null}
    <ol className={styles.list}>
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <a
            className={styles.listItem}
            href={queueUrl({ proposal: proposal.id })}
            aria-current={proposal.id === openId ? 'page' : undefined}
          >
            {proposal.thumbnail ? (
              <Thumbnail
                className={styles.listThumb}
                fileSrc={evidenceFileUrl(proposal.thumbnail)}
                doc={{ filename: '' }}
                size="none"
              />
            ) : (
              <span className={styles.listThumb} aria-hidden="true" />
            )}
            <span className={styles.listText}>
              <span className={styles.listName}>{proposal.name}</span>
              <span className={styles.muted}>
                {proposal.gallery === 'id-sought' ? 'ID sought' : 'Named'} ·{' '}
                {formatShortDate(proposal.createdAt)}
              </span>
            </span>
          </a>
        </li>
      ))}
    </ol>
  </nav>
)
