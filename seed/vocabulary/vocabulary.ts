import type { IncidentMeaning } from '@/collections/IncidentTypes/incidentMeanings'
import type { OutcomeMeaning } from '@/collections/PoliceOutcomes/outcomeMeanings'

/**
 * A scheme's vocabulary: what its members report, the warnings on its profiles, its partner agencies with
 * what each reads, and the police outcomes its reports record (docs/vocabulary.md). Keys are the records' ids: stable, never reused for something
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
  policeOutcomes: {
    key: string
    label: string
    countsAs: OutcomeMeaning
    /** A final disposal: the report's intelligence no longer waits for the case (docs/retention.md). */
    closesCase?: boolean
    sortOrder: number
  }[]
}
