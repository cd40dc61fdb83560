import 'server-only'
import type { Account } from '@/access/accountOf'
import { auditRequestFor } from './auditRequestFor'
import { recordAudit } from './recordAudit'
import { recordNoun } from './recordNoun'

/**
 * Records that this account viewed a record (an offender profile, a report, an evidence image), and from
 * where. The summary names the record by id ("Viewed offender profile #12"), never a person's name: the
 * audit log is kept longer than the profile, and must not keep the name alive after retention removes it.
 */
export const auditView = async (
  viewer: Account,
  entityCollection: 'offenders' | 'evidence' | 'incidents',
  entityId: number,
) => {
  const req = await auditRequestFor(viewer)
  await recordAudit(req, {
    action: 'view',
    summary: `Viewed ${recordNoun(entityCollection)} #${entityId}`,
    entityCollection,
    entityId,
  })
}
