import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'

/**
 * How much is held on the request's profiles, for the admin panel: counted, not loaded, so opening a
 * request stays cheap. The export itself gathers the rows (see gatherSubjectData).
 */
export const countSubjectData = async (payload: Payload, staff: StaffAccount, offenderIds: number[]) => {
  if (!offenderIds.length) return { incidents: 0, recognitions: 0, images: 0, auditEntries: 0 }
  const [incidents, recognitions, images, auditEntries] = await Promise.all([
    payload.count({
      collection: 'incidents',
      where: { offenders: { in: offenderIds } },
      user: staff,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'recognitions',
      where: { offender: { in: offenderIds } },
      user: staff,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'evidence',
      where: { or: [{ offender: { in: offenderIds } }, { 'incident.offenders': { in: offenderIds } }] },
      user: staff,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'audit-log',
      where: { and: [{ entityCollection: { equals: 'offenders' } }, { entityId: { in: offenderIds } }] },
      user: staff,
      overrideAccess: false,
    }),
  ])
  return {
    incidents: incidents.totalDocs,
    recognitions: recognitions.totalDocs,
    images: images.totalDocs,
    auditEntries: auditEntries.totalDocs,
  }
}
