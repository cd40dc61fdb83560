import { Pill, Thumbnail } from '@payloadcms/ui'
import type { ReactNode } from 'react'
import type { ProfileCard } from '@/features/proposals/profileCard'
import { formatShortDate } from '@/lib/format/formatShortDate'
import styles from './ApprovalQueue.module.css'
import { evidenceFileUrl } from './evidenceFileUrl'

const statusLabels: Record<ProfileCard['status'], string> = {
  proposed: 'Proposed',
  approved: 'In gallery',
  archived: 'Archived',
  rejected: 'Rejected',
}

type ProfileColumnProps = {
  profile: ProfileCard
  /** What this column is: "Proposal", or a look-alike's likeness. */
  kicker: ReactNode
  highlighted?: boolean
  /** Extra facts under the description (reports, shared reports). */
  facts?: { label: string; value: ReactNode }[]
  /** Controls at the foot of the column (merge). */
  children?: ReactNode
}

/**
 * One profile in the side-by-side comparison: photo, name, status, description, warning markers and when
 * last seen. Every column has the same seven rows, which the comparison grid lines up across columns.
 */
export const ProfileColumn = ({ profile, kicker, highlighted, facts = [], children }: ProfileColumnProps) => {
  const [photo, ...morePhotos] = profile.photos
  const headingId = `profile-${profile.id}-name`
  return (
    <section
      className={highlighted ? `${styles.column} ${styles.columnProposal}` : styles.column}
      aria-labelledby={headingId}
    >
      <div className={styles.kicker}>{kicker}</div>
      <div className={styles.photo}>
        {photo ? (
          <Thumbnail
            fileSrc={evidenceFileUrl(photo)}
            doc={{ filename: `Photo of ${profile.name}` }}
            size="expand"
          />
        ) : (
          <span className={styles.noPhoto}>No photo</span>
        )}
      </div>
      <p className={styles.muted}>
        {morePhotos.length ? `+${morePhotos.length} more photo${morePhotos.length === 1 ? '' : 's'}` : null}
      </p>
      <h3 id={headingId} className={styles.columnName}>
        <a href={`/admin/collections/offenders/${profile.id}`}>{profile.name}</a>
      </h3>
      <div className={styles.pills}>
        <Pill size="small" pillStyle={profile.status === 'approved' ? 'success' : 'light'}>
          {statusLabels[profile.status]}
        </Pill>
        <Pill size="small">{profile.gallery === 'id-sought' ? 'ID sought' : 'Named'}</Pill>
      </div>
      <dl className={styles.facts}>
        {profile.description.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
        <div>
          <dt>Warnings</dt>
          <dd>
            {profile.warningMarkers.length ? (
              <div className={styles.pills}>
                {profile.warningMarkers.map((marker) => (
                  <Pill key={marker} size="small" pillStyle="warning">
                    {marker}
                  </Pill>
                ))}
              </div>
            ) : (
              'None'
            )}
          </dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{profile.lastSeen ? formatShortDate(profile.lastSeen) : 'Not recorded'}</dd>
        </div>
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.columnFoot}>{children}</div>
    </section>
  )
}
