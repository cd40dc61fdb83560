import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { isContentStaff } from '@/access/staff'
import { audiencesOfRole } from '@/collections/Documents/documentAudiences'

/**
 * Staff read every version. A member reads the versions of documents published to their audience and not
 * retired: the same rule as `readDocuments`, through the version's document. The members' file route
 * serves only a document's current version.
 */
export const readDocumentVersions: Access = (args): AccessResult => {
  if (isContentStaff(args)) return true
  const member = memberOf(args.req)
  if (!member) return false
  return {
    and: [
      { 'document.audience': { in: audiencesOfRole(member.role) } },
      { 'document.retired': { not_equals: true } },
    ],
  }
}
