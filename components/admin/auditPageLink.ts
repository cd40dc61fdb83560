import type { AuditEntryFilters } from '@/features/auditLog/auditEntryFilters'

/** The audit page's address for these filters and page; empty filters are left out. */
export const auditPageLink = (filters: AuditEntryFilters, page: number) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  return `/admin/audit?${params.toString()}`
}
