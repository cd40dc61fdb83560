import type { PayloadRequest } from 'payload'
import { relationIds } from '@/access/relationIds'
import { evidenceUsedElsewhere } from '@/collections/Evidence/rules/evidenceUsedElsewhere'

/**
 * The evidence files that go with a profile when it is deleted: its photos, and the files of reports that
 * link this profile and no other. A file another profile or another report still uses is kept (a CCTV
 * still of two people, a photo moved onto a merged profile).
 */
export const evidenceOnlyOfProfile = async (req: PayloadRequest, offenderId: number): Promise<number[]> => {
  const profile = await req.payload.findByID({
    collection: 'offenders',
    id: offenderId,
    select: { photos: true },
    depth: 0,
    joins: false,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  const linked = await req.payload.find({
    collection: 'incidents',
    where: { offenders: { contains: offenderId } },
    select: { offenders: true, evidence: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  const onlyThis = linked.docs.filter((report) =>
    relationIds(report.offenders).every((id) => id === offenderId),
  )
  const onlyThisIds = onlyThis.map((report) => report.id)
  const attached = await req.payload.find({
    collection: 'evidence',
    where: {
      or: [
        { offender: { equals: offenderId } },
        ...(onlyThisIds.length ? [{ incident: { in: onlyThisIds } }] : []),
      ],
    },
    select: { offender: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  const candidates = [
    ...new Set([
      ...relationIds(profile.photos),
      ...onlyThis.flatMap((report) => relationIds(report.evidence)),
      ...attached.docs.map((file) => file.id),
    ]),
  ]
  const used = await evidenceUsedElsewhere(req, candidates, {
    offenders: [offenderId],
    incidents: onlyThisIds,
  })
  return candidates.filter((id) => !used.has(id))
}
