import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import type { VocabularyOption } from '@/features/vocabulary/vocabularyOption'

/**
 * The scheme's incident types, warning markers and police outcomes, retired ones too, that an import's cells
 * are matched to.
 */
export type ImportVocabulary = {
  incidentTypes: VocabularyOption[]
  warningMarkers: VocabularyOption[]
  policeOutcomes: VocabularyOption[]
}

/** Read as the importing staff member (each collection's own read access). */
export const readImportVocabulary = async (payload: Payload, user: Account): Promise<ImportVocabulary> => {
  const read = async (collection: 'incident-types' | 'warning-markers' | 'police-outcomes') => {
    const { docs } = await payload.find({
      collection,
      select: { label: true, retired: true },
      sort: collection === 'warning-markers' ? 'label' : ['sortOrder', 'label'],
      depth: 0,
      limit: 500,
      pagination: false,
      user,
      overrideAccess: false,
    })
    return docs.map((doc) => ({ value: doc.id, label: doc.label, retired: doc.retired === true }))
  }
  const [incidentTypes, warningMarkers, policeOutcomes] = await Promise.all([
    read('incident-types'),
    read('warning-markers'),
    read('police-outcomes'),
  ])
  return { incidentTypes, warningMarkers, policeOutcomes }
}
