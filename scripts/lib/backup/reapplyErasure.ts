import type { CollectionSlug, PayloadRequest } from 'payload'
import { anonymiseIncident } from '@/features/retention/anonymiseIncident'
import { deleteEvidenceFiles } from '@/features/retention/deleteEvidenceFiles'
import { evidenceOnlyOfProfile } from '@/features/retention/evidenceOnlyOfProfile'
import type { RetentionRules } from '@/features/retention/retentionRules'
import { recordAudit } from '@/lib/audit/recordAudit'
import { recordNoun } from '@/lib/audit/recordNoun'
import type { ErasureEntry } from './erasureEntry'

const overrideAccess = true // a restore acting for the scheme, re-doing what the law required

const exists = async (req: PayloadRequest, collection: CollectionSlug, id: number) =>
  (await req.payload.count({ collection, where: { id: { equals: id } }, overrideAccess, req })).totalDocs > 0

const reanonymise = async (req: PayloadRequest, erasure: ErasureEntry, rules: RetentionRules) => {
  const found = await req.payload.find({
    collection: 'incidents',
    where: { and: [{ id: { equals: erasure.id } }, { anonymisedAt: { exists: false } }] },
    select: { occurredAt: true, offenders: true, evidence: true, police: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess,
    req,
  })
  const incident = found.docs[0]
  if (!incident) return false
  // Dated as the first time, so the report reads as anonymised when it really was.
  await anonymiseIncident(req, incident, rules, new Date(erasure.at))
  return true
}

const redelete = async (req: PayloadRequest, erasure: ErasureEntry, collection: CollectionSlug) => {
  if (!(await exists(req, collection, erasure.id))) return false
  const files = [...erasure.evidence]
  if (collection === 'offenders') {
    // As retention deletes a profile: its recognition log first (it cannot outlive it), then its own files.
    files.push(...(await evidenceOnlyOfProfile(req, erasure.id)))
    await req.payload.delete({
      collection: 'recognitions',
      where: { offender: { equals: erasure.id } },
      depth: 0,
      overrideAccess,
      req,
    })
  }
  await req.payload.delete({
    collection,
    id: erasure.id,
    depth: 0,
    context: { skipAudit: true }, // the entry below says why
    overrideAccess,
    req,
  })
  await recordAudit(req, {
    action: 'delete',
    summary: `Restore: deleted ${recordNoun(collection)} #${erasure.id} again, erased ${erasure.at} after the backup was taken`,
    entityCollection: collection,
    entityId: erasure.id,
    details: { reapplied: erasure.sequence, erasedAt: erasure.at, evidenceDeleted: [...new Set(files)] },
  })
  await deleteEvidenceFiles(req, [...new Set(files)])
  return true
}

/**
 * Re-applies one erasure recorded after the snapshot to the restored data, the way it was first done:
 * a report anonymised by the retention rule, a record deleted with its evidence files (through Payload, so
 * the files leave the store too). Returns false when there was nothing left to erase. Runs in the caller's
 * transaction; the new audit entry says what the restore did.
 */
export const reapplyErasure = async (
  req: PayloadRequest,
  erasure: ErasureEntry,
  rules: RetentionRules,
): Promise<boolean> => {
  const collection = erasure.collection as CollectionSlug
  if (!req.payload.collections[collection]) throw new Error(`Unknown collection ${erasure.collection}`)
  if (erasure.action === 'anonymise') {
    if (collection !== 'incidents') throw new Error(`Cannot anonymise a record of ${erasure.collection}`)
    const done = await reanonymise(req, erasure, rules)
    await deleteEvidenceFiles(req, erasure.evidence)
    return done
  }
  const done = await redelete(req, erasure, collection)
  if (!done) await deleteEvidenceFiles(req, erasure.evidence)
  return done
}
