import type { CollectionBeforeChangeHook } from 'payload'
import { staffOf } from '@/access/accountOf'
import { relationId } from '@/access/relationId'

type Hold = { reason?: string | null; heldAt?: string | null; heldBy?: unknown }

/**
 * A retention hold is its reason: setting one records who held the profile and when (from the staff
 * session, never from the request); removing it clears both. An unchanged reason keeps its stamp.
 */
export const stampRetentionHold: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const hold = data.retentionHold as Hold | undefined
  if (hold === undefined) return data
  const before = (originalDoc?.retentionHold ?? {}) as Hold
  const reason = hold.reason?.trim() || null
  if (!reason) return { ...data, retentionHold: { reason: null, heldAt: null, heldBy: null } }
  if (reason === (before.reason?.trim() || null) && before.heldAt) {
    return { ...data, retentionHold: { reason, heldAt: before.heldAt, heldBy: relationId(before.heldBy) } }
  }
  return {
    ...data,
    retentionHold: { reason, heldAt: new Date().toISOString(), heldBy: staffOf(req)?.id ?? null },
  }
}
