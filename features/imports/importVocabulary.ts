import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import type { VocabularyOption } from '@/features/vocabulary/vocabularyOption'

/** The scheme's incident types and warning markers, retired ones too, that an import's cells are matched to. */
export type ImportVocabulary = { incidentTypes: VocabularyOption[]; warningMarkers: VocabularyOption[] }

/** Read as the importing staff member (each collection's own read access). */
export const readImportVocabulary = async (payload: Payload, user: Account): Promise<ImportVocabulary> => {
  const read = async (collection: 'incident-types' | 'warning-markers') => {
    const { docs } = await payload.find({
      collection,
      select: { label: true, retired: true },
      sort: collection === 'incident-types' ? ['sortOrder', 'label'] : 'label',
      depth: 0,
      limit: 500,
      pagination: false,
      user,
      overrideAccess: false,
    })
    return docs.map((doc) => ({ value: doc.id, label: doc.label, retired: doc.retired === true }))
  }
  const [incidentTypes, warningMarkers] = await Promise.all([read('incident-types'), read('warning-markers')])
  return { incidentTypes, warningMarkers }
}
