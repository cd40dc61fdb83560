import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import { recordAudit } from '@/lib/audit/recordAudit'

/**
 * An "in town now" alert as this member may see it: the alert must be one sent to them (or they are police)
 * and the profile one they may read now (the gallery's own rule, so a profile safeguarded since the send is
 * not shown). Null otherwise. Each open is audited, with how the member came (a notification or a link).
 */
export const openTownAlert = async (
  payload: Payload,
  member: MemberAccount,
  id: number,
  options: { via?: 'push' | 'link'; headers?: Headers } = {},
) => {
  const asMember = { user: member, overrideAccess: false as const, disableErrors: true as const }
  const alert = await payload.findByID({
    collection: 'town-alerts',
    id,
    depth: 0,
    select: { offender: true, place: true, sentAt: true },
    ...asMember,
  })
  const offenderId = relationId(alert?.offender)
  if (!alert || offenderId === null) return null
  const profile = await payload.findByID({
    collection: 'offenders',
    id: offenderId,
    depth: 0,
    select: { displayName: true, photos: true, gallery: true },
    joins: false,
    ...asMember,
  })
  if (!profile) return null
  // The incoming request's headers, when there is one, give the audit entry its client IP.
  const req = await createLocalReq({ user: member, req: { headers: options.headers } }, payload)
  await recordAudit(req, {
    action: 'view',
    summary: `Opened “in town now” alert #${id}`,
    entityCollection: 'town-alerts',
    entityId: id,
    details: { offender: offenderId, via: options.via ?? 'link' },
  })
  return {
    id: alert.id,
    place: alert.place,
    sentAt: alert.sentAt ?? null,
    profile: {
      id: profile.id,
      displayName: profile.displayName ?? '',
      gallery: profile.gallery ?? null,
      photoIds: relationIds(profile.photos),
    },
  }
}
