import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { isSchemeManager } from '@/access/staff'

/**
 * Scheme staff and police read every alert (they send them); any other member reads only an alert they were
 * sent, through the members' area (memberOf gives nothing over REST). Whether they may then see the profile
 * is the profile's own read rule, asked separately by the alert page.
 */
export const readTownAlerts: Access = (args): AccessResult => {
  if (isSchemeManager(args)) return true
  const member = memberOf(args.req)
  if (!member) return false
  if (member.role === 'police') return true
  return { recipients: { equals: member.id } }
}
