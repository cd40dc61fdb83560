import type { CollectionAfterOperationHook } from 'payload'
import { accountOf } from '@/access/accountOf'
import { recordAudit } from './recordAudit'
import { recordNoun } from './recordNoun'

/**
 * Collection `afterOperation` hook for offenders and incidents: records a view when someone opens one
 * record through Payload itself, that is a REST `GET /api/<collection>/<id>` or the admin's edit page (which
 * reads the document as the staff member with `draft: true`). Reads by server code (hooks, jobs, the
 * members' pages, which log their own views with auditView) are not views and are skipped.
 */
export const auditRecordOpened: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  result,
}) => {
  if (operation !== 'findByID' || !result) return result
  const { req, overrideAccess, draft } = args as {
    req?: Parameters<typeof accountOf>[0] & Parameters<typeof recordAudit>[0]
    overrideAccess?: boolean
    draft?: boolean
  }
  if (!req || overrideAccess === true || req.context?.skipAudit) return result
  const account = accountOf(req)
  const opened = req.payloadAPI === 'REST' || (account?.collection === 'users' && draft === true)
  if (!account || !opened) return result
  const id = Number((result as { id?: number | string }).id)
  await recordAudit(req, {
    action: 'view',
    summary: `Opened ${recordNoun(collection.slug)} #${id}${req.payloadAPI === 'REST' ? ' through the API' : ' in the admin'}`,
    entityCollection: collection.slug,
    entityId: id,
  })
  return result
}
