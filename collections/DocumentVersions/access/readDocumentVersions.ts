import type { Access, AccessResult } from 'payload'
import { isContentStaff } from '@/access/staff'
import { readerAudiences } from '@/collections/Documents/access/readerAudiences'

/**
 * Staff read every version. A member reads the versions of documents published to an audience they are in
 * and not retired: the same rule as `readDocuments`, through the version's document. The members' file
 * route serves only a document's current version.
 */
export const readDocumentVersions: Access = async (args): Promise<AccessResult> => {
  if (isContentStaff(args)) return true
  const audiences = await readerAudiences(args.req)
  if (!audiences.length) return false
  return {
    and: [{ 'document.audience': { in: audiences } }, { 'document.retired': { not_equals: true } }],
  }
}
