import 'server-only'
import type { Account } from '@/access/accountOf'
import { auditRequestFor } from './auditRequestFor'
import { recordAudit } from './recordAudit'

/** Records that this account viewed a record (an offender profile, an evidence image), and from where. */
export const auditView = async (
  viewer: Account,
  entityCollection: 'offenders' | 'evidence' | 'incidents',
  entityId: number,
  summary: string,
) => {
  const req = await auditRequestFor(viewer)
  await recordAudit(req, { action: 'view', summary, entityCollection, entityId })
}
