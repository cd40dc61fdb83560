import type { CollectionSlug, Payload } from 'payload'
import type { Vocabulary } from './vocabulary'

type Applied = { created: number; updated: number; retired: number }
export type VocabularyResult = Record<
  'incidentTypes' | 'warningMarkers' | 'partnerAgencies' | 'policeOutcomes',
  Applied
>

// Seeding and scheme set-up: the scheme's own configuration, written by the operator, not by a user.
const overrideAccess = true

const upsertAll = async (
  payload: Payload,
  collection: CollectionSlug &
    ('incident-types' | 'warning-markers' | 'partner-agencies' | 'police-outcomes'),
  entries: { key: string; data: Record<string, unknown> }[],
): Promise<Applied> => {
  const existing = await payload.find({
    collection,
    select: { retired: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess,
  })
  const stored = new Map(existing.docs.map((doc) => [String(doc.id), doc.retired === true]))
  const applied: Applied = { created: 0, updated: 0, retired: 0 }
  for (const { key, data } of entries) {
    if (stored.has(key)) {
      await payload.update({
        collection,
        id: key,
        data: { ...data, retired: false } as never,
        depth: 0,
        overrideAccess,
      })
      applied.updated++
    } else {
      await payload.create({
        collection,
        data: { id: key, ...data, retired: false } as never,
        depth: 0,
        overrideAccess,
      })
      applied.created++
    }
  }
  const wanted = new Set(entries.map((entry) => entry.key))
  for (const [key, retired] of stored) {
    if (wanted.has(key) || retired) continue
    // Retired, never deleted: reports, profiles and accounts that use it keep it (docs/vocabulary.md).
    await payload.update({ collection, id: key, data: { retired: true } as never, depth: 0, overrideAccess })
    applied.retired++
  }
  return applied
}

/**
 * Makes a database's vocabulary the given scheme's: each entry created or updated by key (and un-retired),
 * every entry the scheme does not use retired, nothing deleted. Types go first, so agencies' remits can name
 * the types just made. Running it twice changes nothing more.
 */
export const applyVocabulary = async (
  payload: Payload,
  vocabulary: Vocabulary,
): Promise<VocabularyResult> => {
  const incidentTypes = await upsertAll(
    payload,
    'incident-types',
    vocabulary.incidentTypes.map(({ key, ...data }) => ({ key, data })),
  )
  const warningMarkers = await upsertAll(
    payload,
    'warning-markers',
    vocabulary.warningMarkers.map(({ key, ...data }) => ({ key, data })),
  )
  const partnerAgencies = await upsertAll(
    payload,
    'partner-agencies',
    vocabulary.partnerAgencies.map(({ key, ...data }) => ({ key, data })),
  )
  const policeOutcomes = await upsertAll(
    payload,
    'police-outcomes',
    vocabulary.policeOutcomes.map(({ key, ...data }) => ({ key, data })),
  )
  return { incidentTypes, warningMarkers, partnerAgencies, policeOutcomes }
}
