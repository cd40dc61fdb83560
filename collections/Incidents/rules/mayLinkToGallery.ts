import type { IncidentMeaning } from '@/collections/IncidentTypes/incidentMeanings'

/** A welfare concern is about someone's wellbeing: it never links to, or proposes, an offender profile. */
export const mayLinkToGallery = (meaning: IncidentMeaning | null | undefined): boolean =>
  meaning !== 'welfare'
