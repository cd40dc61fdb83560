import type { IncidentMeaning } from '@/collections/IncidentTypes/incidentMeanings'

/**
 * A scheme's vocabulary: what its members report, the warnings on its profiles and its partner agencies
 * with what each reads (docs/vocabulary.md). Keys are the records' ids: stable, never reused for something
 * else.
 */
export type Vocabulary = {
  incidentTypes: {
    key: string
    label: string
    meaning: IncidentMeaning
    asksValue: boolean
    sortOrder: number
  }[]
  warningMarkers: { key: string; label: string }[]
  partnerAgencies: {
    key: string
    name: string
    listHeading: string
    /** Keys of the incident types in its remit. */
    remit: string[]
    seesGallery: boolean
    followsSafeguardedPeople: boolean
  }[]
}
