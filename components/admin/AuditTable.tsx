import { ColumnHeadings } from '@/components/shared/ColumnHeadings'
import { formatWhen } from '@/lib/format/formatWhen'
import type { AuditLog } from '@/payload-types'
import { auditPageLink } from './auditPageLink'

type AuditRow = Pick<
  AuditLog,
  | 'id'
  | 'sequence'
  | 'createdAt'
  | 'action'
  | 'summary'
  | 'actorCollection'
  | 'actorId'
  | 'actorLabel'
  | 'entityCollection'
  | 'entityId'
  | 'ip'
>

const tableStyle = { width: '100%', borderCollapse: 'collapse', fontSize: '0.9rem' } as const
const columns = ['#', 'When (UK)', 'Who', 'Action', 'What', 'Record', 'From (IP)'] as const

/** Audit entries, one row each: who (a link to their other entries), what, which record, from where. */
export const AuditTable = ({ entries }: { entries: readonly AuditRow[] }) => (
  <table style={tableStyle}>
    <ColumnHeadings names={columns} />
    <tbody>
      {entries.map((entry) => (
        <tr key={entry.id}>
          <td>{entry.sequence}</td>
          <td>{formatWhen(entry.createdAt)}</td>
          <td>
            {entry.actorId ? (
              <a
                href={auditPageLink(
                  {
                    page: 1,
                    person: String(entry.actorId),
                    actorCollection: entry.actorCollection ?? undefined,
                  },
                  1,
                )}
              >
                {entry.actorLabel ?? `#${entry.actorId}`}
              </a>
            ) : (
              'nobody signed in'
            )}{' '}
            {entry.actorCollection ? (
              <small>({entry.actorCollection === 'users' ? 'staff' : 'member'})</small>
            ) : null}
          </td>
          <td>{entry.action}</td>
          <td>{entry.summary}</td>
          <td>
            {entry.entityCollection && entry.entityId ? (
              <a href={`/admin/collections/${entry.entityCollection}/${entry.entityId}`}>
                {entry.entityCollection} #{entry.entityId}
              </a>
            ) : (
              (entry.entityCollection ?? '—')
            )}
          </td>
          <td>{entry.ip ?? '—'}</td>
        </tr>
      ))}
    </tbody>
  </table>
)
