import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { reporterIdsReadableBy } from './reporterIdsReadableBy'

/** A positive integer id from a read by id (REST gives a string), else undefined. */
const idOf = (id: number | string | undefined) =>
  id !== undefined && /^[1-9]\d{0,15}$/.test(String(id)) ? Number(id) : undefined

/**
 * Scheme staff see every account; a business manager sees their business's accounts; police see their own
 * and the reporters of reports they can read (a witness statement needs the reporter's contact),
 * never a list of every shop's staff; everyone else sees only their own.
 */
export const readMembers: Access = async ({ req, id }): Promise<AccessResult> => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const manager = businessOf(memberWithRole(req, 'business-manager'))
  if (manager) return { business: { equals: manager } }
  const member = memberOf(req)
  if (!member) return false
  const own = { id: { equals: member.id } }
  if (member.role !== 'police') return own
  const onlyId = idOf(id)
  if (onlyId === member.id) return own
  const reporters = await reporterIdsReadableBy(req, onlyId)
  return reporters.length ? { or: [own, { id: { in: reporters } }] } : own
}
