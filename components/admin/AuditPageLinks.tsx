import type { AuditEntryFilters } from '@/features/auditLog/auditEntryFilters'
import { auditPageLink } from './auditPageLink'

/** Newer and older pages of the audit log, keeping the filters. */
export const AuditPageLinks = ({
  filters,
  page,
  totalPages,
}: {
  filters: AuditEntryFilters
  page: number
  totalPages: number
}) => (
  <nav aria-label="Audit log pages" className="ntars-actions">
    {page > 1 ? <a href={auditPageLink(filters, page - 1)}>Newer entries</a> : null}
    {page < totalPages ? <a href={auditPageLink(filters, page + 1)}>Older entries</a> : null}
  </nav>
)
