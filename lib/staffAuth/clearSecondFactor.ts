import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'

/**
 * An admin clears a staff member's second factor (lost phone, used-up recovery codes): the account enrols
 * again at its next sign-in, and its current sessions end so the old factor's sessions do not outlive it.
 * `req.user` must be an admin (checked by the caller); the change and its audit entry share `req`.
 */
export const clearSecondFactor = async (req: PayloadRequest, userId: number): Promise<void> => {
  await req.payload.update({
    collection: 'users',
    id: userId,
    data: {
      secondFactor: {
        secret: null,
        pendingSecret: null,
        enabledAt: null,
        lastUsedStep: null,
        recoveryCodes: null,
      },
    },
    depth: 0,
    // The factor fields are writable by nobody through the API; the caller has checked the admin role.
    overrideAccess: true,
    req,
  })
  await req.payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: { sessions: [] },
    req,
    returning: false,
  })
  await recordAudit(req, {
    action: 'second-factor',
    summary: `Cleared the second factor of staff account #${userId}`,
    entityCollection: 'users',
    entityId: userId,
    details: { event: 'cleared' },
  })
}
