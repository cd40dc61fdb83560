/** What the audit log records. Kept short and stable: reports and the staff audit page filter on it. */
export const auditActions = [
  'view',
  'create',
  'update',
  'delete',
  'approve',
  'reject',
  'merge',
  'export',
  'login',
  'login-failed',
  'logout',
  'access-denied',
  'archive',
  'anonymise',
  'hold',
  'import',
  'second-factor',
] as const
export type AuditAction = (typeof auditActions)[number]
