import type { CollectionAfterLoginHook } from 'payload'
import { recordAudit } from './recordAudit'

/** Every successful sign-in, staff or member, is audit-logged. */
export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const slug = collection.slug === 'users' ? 'users' : 'members'
  await recordAudit(req, {
    action: 'login',
    summary: `Signed in (${slug === 'users' ? 'staff' : 'member'})`,
    entityCollection: slug,
    entityId: user.id,
    actor: { collection: slug, id: user.id, email: user.email },
  })
}
