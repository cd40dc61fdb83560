import { Forbidden, type PayloadRequest } from 'payload'
import { relationIds as ids } from '@/access/relationIds'
import { mayMergeProfiles } from '@/collections/Offenders/access/mayMergeProfiles'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import type { Offender } from '@/payload-types'

const unique = <T>(items: T[]) => [...new Set(items)]

/**
 * Merges `duplicateId` into `survivorId`: every incident, photo, recognition, exclusion notice and associate
 * link moves to the survivor, the duplicate's names become aliases, then the duplicate is deleted and the
 * merge audit-logged.
 * Runs as the staff member in `req` (access is checked on every call) and inside the caller's transaction.
 * Only admins and scheme managers may merge: checked here first, because the single updates a merge is
 * made of are each allowed to some other accounts (police may update gallery profiles).
 */
export const mergeProfiles = async (req: PayloadRequest, survivorId: number, duplicateId: number) => {
  if (!mayMergeProfiles(req)) throw new Forbidden(req.t)
  if (survivorId === duplicateId) throw new Error('A profile cannot be merged into itself.')
  const { payload } = req
  const asStaff = { req, user: req.user, depth: 0 }
  const survivor = await payload.findByID({
    collection: 'offenders',
    id: survivorId,
    ...asStaff,
    overrideAccess: false,
    joins: false,
  })
  const duplicate = await payload.findByID({
    collection: 'offenders',
    id: duplicateId,
    ...asStaff,
    overrideAccess: false,
    joins: false,
  })

  const incidents = await payload.find({
    collection: 'incidents',
    where: { offenders: { contains: duplicateId } },
    pagination: false,
    limit: 0,
    select: { offenders: true },
    ...asStaff,
    overrideAccess: false,
  })
  for (const incident of incidents.docs) {
    const offenders = unique(ids(incident.offenders).map((id) => (id === duplicateId ? survivorId : id)))
    await withAuditSkipped(req, (context) =>
      payload.update({
        collection: 'incidents',
        id: incident.id,
        data: { offenders },
        context,
        ...asStaff,
        overrideAccess: false,
      }),
    )
  }
  await payload.update({
    collection: 'evidence',
    where: { offender: { equals: duplicateId } },
    data: { offender: survivorId },
    ...asStaff,
    overrideAccess: false,
  })
  await payload.update({
    collection: 'recognitions',
    where: { offender: { equals: duplicateId } },
    data: { offender: survivorId },
    ...asStaff,
    overrideAccess: false,
  })
  // The notice history moves too; the survivor's mirror follows (the notices' own hooks).
  await payload.update({
    collection: 'exclusion-notices',
    where: { offender: { equals: duplicateId } },
    data: { offender: survivorId },
    ...asStaff,
    overrideAccess: false,
  })
  const pointing = await payload.find({
    collection: 'offenders',
    where: { associates: { contains: duplicateId } },
    pagination: false,
    limit: 0,
    select: { associates: true },
    ...asStaff,
    overrideAccess: false,
  })
  for (const profile of pointing.docs) {
    const associates = unique(
      ids(profile.associates).map((id) => (id === duplicateId ? survivorId : id)),
    ).filter((id) => id !== profile.id)
    await withAuditSkipped(req, (context) =>
      payload.update({
        collection: 'offenders',
        id: profile.id,
        data: { associates },
        context,
        ...asStaff,
        overrideAccess: false,
      }),
    )
  }

  const duplicateName = [duplicate.firstName, duplicate.lastName].filter(Boolean).join(' ')
  const survivorName = [survivor.firstName, survivor.lastName].filter(Boolean).join(' ')
  const aliases = unique([
    ...(survivor.aliases ?? []).map((entry) => entry.alias),
    ...(duplicate.aliases ?? []).map((entry) => entry.alias),
    ...(duplicateName && duplicateName !== survivorName ? [duplicateName] : []),
  ]).slice(0, 20)
  const latest = [survivor.lastIncidentAt, duplicate.lastIncidentAt]
    .filter((date): date is string => Boolean(date))
    .sort()
    .pop()
  const data: Partial<Offender> = {
    aliases: aliases.map((alias) => ({ alias })),
    photos: unique([...ids(survivor.photos), ...ids(duplicate.photos)]).slice(0, 12),
    associates: unique([...ids(survivor.associates), ...ids(duplicate.associates)]).filter(
      (id) => id !== survivorId && id !== duplicateId,
    ),
    warningMarkers: unique([...(survivor.warningMarkers ?? []), ...(duplicate.warningMarkers ?? [])]),
    modusOperandi:
      [survivor.modusOperandi, duplicate.modusOperandi]
        .filter(Boolean)
        .filter((text, index, all) => all.indexOf(text) === index)
        .join('\n\n') || undefined,
    lastIncidentAt: latest,
  }
  await withAuditSkipped(
    req,
    (context) =>
      payload.update({
        collection: 'offenders',
        id: survivorId,
        data,
        context,
        ...asStaff,
        overrideAccess: false,
      }),
    { skipDuplicateCheck: true },
  )
  await withAuditSkipped(req, (context) =>
    payload.delete({
      collection: 'offenders',
      id: duplicateId,
      context,
      ...asStaff,
      overrideAccess: false,
    }),
  )
  await recordAudit(req, {
    action: 'merge',
    summary: `Merged profile #${duplicateId} into #${survivorId}`,
    entityCollection: 'offenders',
    entityId: survivorId,
    details: { merged: duplicateId, incidents: incidents.docs.length },
  })
  return { movedIncidents: incidents.docs.length }
}
