import type { Config } from '@/payload-types'

/** What an audit entry says (who, did what, to which record, when), for the audit page and subject access. */
export const auditEntrySelect = {
  createdAt: true,
  action: true,
  summary: true,
  actorCollection: true,
  actorId: true,
  actorLabel: true,
  entityCollection: true,
  entityId: true,
} as const satisfies Config['collectionsSelect']['audit-log']
