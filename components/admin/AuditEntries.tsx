import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import type { AuditEntryFilters } from '@/features/auditLog/auditEntryFilters'
import { listAuditEntries } from '@/features/auditLog/listAuditEntries'
import { AuditFilters } from './AuditFilters'
import { AuditPageLinks } from './AuditPageLinks'
import { AuditTable } from './AuditTable'

/** The filters, then one page of the entries they match, newest first, with links to the next pages. */
export const AuditEntries = async ({
  payload,
  staff,
  filters,
  invalid,
}: {
  payload: Payload
  staff: StaffAccount
  filters: AuditEntryFilters
  /** Names of filters that could not be read, and so were ignored. */
  invalid: string[]
}) => {
  const list = await listAuditEntries(payload, staff, filters)
  return (
    <>
      <AuditFilters filters={filters} />
      {invalid.length ? (
        <p className="ntars-warning">Ignored filters that could not be read: {invalid.join(', ')}.</p>
      ) : null}
      <p>
        {list.totalDocs} {list.totalDocs === 1 ? 'entry' : 'entries'}
        {list.totalPages > 1 ? `, page ${list.page} of ${list.totalPages}` : ''}.
      </p>
      <AuditTable entries={list.entries} />
      <AuditPageLinks filters={filters} page={list.page} totalPages={list.totalPages} />
    </>
  )
}
