import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { isContentStaff } from '@/access/staff'
import { audiencesOfRole } from '../documentAudiences'

/**
 * Staff read every document, retired ones included. A member reads the documents that are not retired,
 * have a current version, and are published to an audience their role is in (collections/Documents/
 * documentAudiences.ts). Nobody else reads any.
 */
export const readDocuments: Access = (args): AccessResult => {
  if (isContentStaff(args)) return true
  const member = memberOf(args.req)
  if (!member) return false
  return {
    and: [
      { audience: { in: audiencesOfRole(member.role) } },
      { retired: { not_equals: true } },
      { currentVersion: { exists: true } },
    ],
  }
}
