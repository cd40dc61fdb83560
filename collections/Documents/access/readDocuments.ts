import type { Access, AccessResult } from 'payload'
import { isContentStaff } from '@/access/staff'
import { readerAudiences } from './readerAudiences'

/**
 * Staff read every document, retired ones included. A member reads the documents that are not retired,
 * have a current version, and are published to an audience they are in (`readerAudiences`). Nobody else
 * reads any.
 */
export const readDocuments: Access = async (args): Promise<AccessResult> => {
  if (isContentStaff(args)) return true
  const audiences = await readerAudiences(args.req)
  if (!audiences.length) return false
  return {
    and: [
      { audience: { in: audiences } },
      { retired: { not_equals: true } },
      { currentVersion: { exists: true } },
    ],
  }
}
