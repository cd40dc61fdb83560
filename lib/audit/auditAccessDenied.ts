import type { PayloadRequest } from 'payload'
import { recordAudit } from './recordAudit'

export type Refusal = {
  summary: string
  /** The record asked for. With an id, the refusal is logged only when the record exists (see below). */
  entityCollection?: string
  entityId?: number
  /** Path, method, required roles: never request bodies, passwords or tokens. */
  details?: Record<string, unknown>
}

const recordExists = async (req: PayloadRequest, collection: string, id: number) => {
  const found = await req.payload.count({
    collection: collection as 'incidents',
    where: { id: { equals: id } },
    // Only to tell "you may not see it" from "there is no such record"; nothing is returned to the caller.
    overrideAccess: true,
  })
  return found.totalDocs > 0
}

/**
 * Writes one 'access-denied' entry for a request refused for lack of rights: who (req.user), what, from
 * where (the request's IP). Rows hidden by an access rule answer 404 like missing ones, so a refusal
 * naming a record is logged only when that record exists: a mistyped id is not a refusal. Never throws:
 * failing to log must not turn a refusal into a server error.
 */
export const auditAccessDenied = async (req: PayloadRequest, refusal: Refusal): Promise<boolean> => {
  try {
    if (refusal.entityCollection && refusal.entityId !== undefined) {
      if (!req.payload.collections[refusal.entityCollection as 'incidents']) return false
      if (!(await recordExists(req, refusal.entityCollection, refusal.entityId))) return false
    }
    await recordAudit(req, {
      action: 'access-denied',
      summary: refusal.summary,
      entityCollection: refusal.entityCollection,
      entityId: refusal.entityId,
      details: refusal.details,
    })
    return true
  } catch (error) {
    req.payload.logger.error({ msg: 'Could not audit a refused request', err: (error as Error).message })
    return false
  }
}
