import type { RequestContext } from 'payload'

/**
 * The `req.context` key with which server code vouches that a member has just proved their current password
 * (its value: that member's id). The members' update access lets a member change their own email or
 * password only under it. `req.context` is set by server code alone (Payload's REST and GraphQL handlers
 * start it empty and take nothing from the request), so no client can claim it; only the members' area's
 * change-password path sets it, after `payload.login` accepted the current password.
 */
export const currentPasswordCheckedKey = 'ntarsCurrentPasswordCheckedForMember'

/** The member id the request vouches for, or null. */
export const currentPasswordCheckedFor = (context: RequestContext | undefined): number | null => {
  const value = context?.[currentPasswordCheckedKey]
  return typeof value === 'number' ? value : null
}
