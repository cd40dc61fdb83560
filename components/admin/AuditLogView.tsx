import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import {
  type AuditEntryFilters,
  auditEntryFiltersFrom,
  auditedCollections,
} from '@/features/auditLog/auditEntryFilters'
import { listAuditEntries } from '@/features/auditLog/listAuditEntries'
import { auditAccessDenied } from '@/lib/audit/auditAccessDenied'
import { auditActions } from '@/lib/audit/auditActions'
import { verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { formatWhen } from '@/lib/format/formatWhen'
import { redirectAnonymousToSignIn } from './redirectAnonymousToSignIn'

const pageLink = (filters: AuditEntryFilters, page: number) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  return `/admin/audit?${params.toString()}`
}

// Inline styles: the page is the only user, and custom.css is shared with other admin views.
const filterStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.75rem',
  alignItems: 'end',
  margin: '1rem 0',
} as const
const tableStyle = { width: '100%', borderCollapse: 'collapse', fontSize: '0.9rem' } as const
const brokenStyle = {
  borderLeftColor: 'var(--theme-error-500)',
  background: 'var(--theme-error-50)',
  padding: '0.75rem',
} as const

/**
 * The staff audit page: the chain check first (has anyone changed or removed an entry?), then the log
 * filtered by person, record, action and UK dates. Admins and scheme managers only; the read is also
 * checked by the collection's own access rule. Viewing is not itself logged (exports are).
 */
export const AuditLogView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as StaffAccount | null
  const allowed = isSchemeManagerAccount(user)
  redirectAnonymousToSignIn(req, '/audit')
  const { filters, invalid } = auditEntryFiltersFrom(searchParams)
  if (!allowed) {
    await auditAccessDenied(req, {
      summary: 'Refused the staff audit page',
      details: { path: '/admin/audit' },
    })
  }
  const chain =
    allowed && user ? await verifyAuditChain((req.payload.db as unknown as PostgresAdapter).pool) : null
  const list = allowed && user ? await listAuditEntries(req.payload, user, filters) : null
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
        <h1>Audit log</h1>
        {!allowed ? <p>Only scheme managers and admins see the audit log.</p> : null}
        {chain?.intact ? <p role="status">Chain intact: {chain.checked} entries checked.</p> : null}
        {chain && !chain.intact ? (
          <div className="ntars-warning" role="alert" style={brokenStyle}>
            <h2>
              Chain broken at entry #{chain.firstBreak.sequence ?? chain.firstBreak.id}:{' '}
              {chain.firstBreak.kind}
            </h2>
            <p>
              {chain.broken.length} of {chain.checked} entries fail the check. Someone has changed or removed
              audit entries in the database directly. Do not edit anything further; tell the data protection
              lead and keep a database backup from before today.
            </p>
          </div>
        ) : null}
        {list ? (
          <>
            <form method="get" action="/admin/audit" style={filterStyle}>
              <label>
                Person (email or id)
                <input name="person" defaultValue={filters.person ?? ''} maxLength={200} />
              </label>
              <label>
                Staff or member
                <select name="actorCollection" defaultValue={filters.actorCollection ?? ''}>
                  <option value="">Either</option>
                  <option value="users">Staff</option>
                  <option value="members">Member</option>
                </select>
              </label>
              <label>
                Record
                <select name="entityCollection" defaultValue={filters.entityCollection ?? ''}>
                  <option value="">Any</option>
                  {auditedCollections.map((slug) => (
                    <option key={slug} value={slug}>
                      {slug}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Record #
                <input
                  name="entityId"
                  inputMode="numeric"
                  pattern="[0-9]*"
                  defaultValue={filters.entityId ?? ''}
                  size={6}
                />
              </label>
              <label>
                Action
                <select name="action" defaultValue={filters.action ?? ''}>
                  <option value="">Any</option>
                  {auditActions.map((action) => (
                    <option key={action} value={action}>
                      {action}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                From (UK date)
                <input type="date" name="from" defaultValue={filters.from ?? ''} />
              </label>
              <label>
                To (UK date)
                <input type="date" name="to" defaultValue={filters.to ?? ''} />
              </label>
              <button type="submit" className="btn btn--style-primary btn--size-small">
                Filter
              </button>
              <a href="/admin/audit">Clear</a>
            </form>
            {invalid.length ? (
              <p className="ntars-warning">Ignored filters that could not be read: {invalid.join(', ')}.</p>
            ) : null}
            <p>
              {list.totalDocs} {list.totalDocs === 1 ? 'entry' : 'entries'}
              {list.totalPages > 1 ? `, page ${list.page} of ${list.totalPages}` : ''}.
            </p>
            <table style={tableStyle}>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">When (UK)</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">What</th>
                  <th scope="col">Record</th>
                  <th scope="col">From (IP)</th>
                </tr>
              </thead>
              <tbody>
                {list.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{entry.sequence}</td>
                    <td>{formatWhen(entry.createdAt)}</td>
                    <td>
                      {entry.actorId ? (
                        <a
                          href={pageLink(
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
            <nav aria-label="Audit log pages" className="ntars-actions">
              {list.page > 1 ? <a href={pageLink(filters, list.page - 1)}>Newer entries</a> : null}
              {list.page < list.totalPages ? (
                <a href={pageLink(filters, list.page + 1)}>Older entries</a>
              ) : null}
            </nav>
          </>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
