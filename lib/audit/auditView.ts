import 'server-only'
import { createLocalReq } from 'payload'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { recordAudit } from './recordAudit'

/** Records that this account viewed a record (an offender profile, an evidence image). */
export const auditView = async (
  viewer: Account,
  entityCollection: 'offenders' | 'evidence' | 'incidents',
  entityId: number,
  summary: string,
) => {
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: viewer }, payload)
  await recordAudit(req, { action: 'view', summary, entityCollection, entityId })
}
