import { z } from 'zod'
import { type AuditAction, auditActions } from '@/lib/audit/auditActions'

/** The records the audit log names, for the page's "record" select. */
export const auditedCollections = [
  'offenders',
  'incidents',
  'evidence',
  'members',
  'users',
  'businesses',
  'subject-requests',
] as const

export type AuditEntryFilters = {
  /** An actor id (digits) or part of the actor's email. */
  person?: string
  actorCollection?: 'users' | 'members'
  entityCollection?: string
  entityId?: number
  action?: AuditAction
  /** UK calendar days, "YYYY-MM-DD", both inclusive. */
  from?: string
  to?: string
  page: number
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value

const schema = z.object({
  person: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  actorCollection: z.preprocess(blankToUndefined, z.enum(['users', 'members']).optional()),
  entityCollection: z.preprocess(blankToUndefined, z.enum(auditedCollections).optional()),
  entityId: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
  action: z.preprocess(blankToUndefined, z.enum(auditActions).optional()),
  from: z.preprocess(blankToUndefined, day.optional()),
  to: z.preprocess(blankToUndefined, day.optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
})

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Reads the audit page's GET form. A value that does not parse is dropped (the page then shows every entry
 * for that filter) rather than failing the page: `invalid` names them so the page can say so.
 */
export const auditEntryFiltersFrom = (
  searchParams: Record<string, string | string[] | undefined> | undefined,
): { filters: AuditEntryFilters; invalid: string[] } => {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, first(searchParams?.[key])]))
  const filters: AuditEntryFilters = { page: 1 }
  const invalid: string[] = []
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = field.safeParse(raw[key])
    if (!parsed.success) invalid.push(key)
    else if (parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data })
  }
  return { filters, invalid }
}
