import type { PayloadRequest } from 'payload'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'

/** The profiles and reports whose hold on the files is ending (deleted, or anonymised). */
export type Leaving = { offenders: number[]; incidents: number[] }

/**
 * Of these evidence files, the ones something else still needs: a photo on another profile, or a file of
 * another report (either side of the link: the file's own `offender`/`incident`, or a profile's `photos`
 * and a report's `evidence` lists). Those are kept when a profile is deleted or a report anonymised.
 */
export const evidenceUsedElsewhere = async (
  req: PayloadRequest,
  evidenceIds: number[],
  leaving: Leaving,
): Promise<Set<number>> => {
  const used = new Set<number>()
  if (!evidenceIds.length) return used
  const wanted = new Set(evidenceIds)
  const files = await req.payload.find({
    collection: 'evidence',
    where: { id: { in: evidenceIds } },
    select: { offender: true, incident: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // retention or a report's deletion, acting for the scheme
    req,
  })
  for (const file of files.docs) {
    const offender = relationId(file.offender)
    const incident = relationId(file.incident)
    if (offender !== null && !leaving.offenders.includes(offender)) used.add(file.id)
    if (incident !== null && !leaving.incidents.includes(incident)) used.add(file.id)
  }
  const profiles = await req.payload.find({
    collection: 'offenders',
    where: {
      and: [
        { photos: { in: evidenceIds } },
        ...(leaving.offenders.length ? [{ id: { not_in: leaving.offenders } }] : []),
      ],
    },
    select: { photos: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // retention or a report's deletion, acting for the scheme
    req,
  })
  const reports = await req.payload.find({
    collection: 'incidents',
    where: {
      and: [
        { evidence: { in: evidenceIds } },
        ...(leaving.incidents.length ? [{ id: { not_in: leaving.incidents } }] : []),
      ],
    },
    select: { evidence: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // retention or a report's deletion, acting for the scheme
    req,
  })
  for (const id of [
    ...profiles.docs.flatMap((profile) => relationIds(profile.photos)),
    ...reports.docs.flatMap((report) => relationIds(report.evidence)),
  ]) {
    if (wanted.has(id)) used.add(id)
  }
  return used
}
