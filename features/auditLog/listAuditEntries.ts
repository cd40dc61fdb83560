import 'server-only'
import type { Payload, Where } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { londonDayBounds } from '@/lib/time/londonDayBounds'
import type { AuditEntryFilters } from './auditEntryFilters'
import { auditEntrySelect } from './auditEntrySelect'

export const auditPageSize = 50

/** Turns the page's filters into a `where` on indexed columns only (actorLabel is the one exception, see docs/audit-chain.md). */
export const auditEntriesWhere = (filters: AuditEntryFilters): Where => {
  const and: Where[] = []
  if (filters.person) {
    and.push(
      /^\d+$/.test(filters.person)
        ? { actorId: { equals: Number(filters.person) } }
        : { actorLabel: { like: filters.person } },
    )
  }
  if (filters.actorCollection) and.push({ actorCollection: { equals: filters.actorCollection } })
  if (filters.entityCollection) and.push({ entityCollection: { equals: filters.entityCollection } })
  if (filters.entityId) and.push({ entityId: { equals: filters.entityId } })
  if (filters.action) and.push({ action: { equals: filters.action } })
  const from = filters.from ? londonDayBounds(filters.from)?.start : undefined
  if (from) and.push({ createdAt: { greater_than_equal: from.toISOString() } })
  const until = filters.to ? londonDayBounds(filters.to)?.end : undefined
  if (until) and.push({ createdAt: { less_than: until.toISOString() } })
  return and.length ? { and } : {}
}

/**
 * One page of audit entries for the staff audit page, newest first (chain order), read as the staff member
 * so the collection's own read rule (admins and scheme managers) decides.
 */
export const listAuditEntries = async (payload: Payload, staff: StaffAccount, filters: AuditEntryFilters) => {
  const result = await payload.find({
    collection: 'audit-log',
    where: auditEntriesWhere(filters),
    sort: '-sequence',
    page: filters.page,
    limit: auditPageSize,
    depth: 0,
    select: { ...auditEntrySelect, sequence: true, ip: true },
    user: staff,
    overrideAccess: false,
  })
  return {
    entries: result.docs,
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
