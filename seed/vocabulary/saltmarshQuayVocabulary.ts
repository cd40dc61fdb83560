import type { Vocabulary } from './vocabulary'

/**
 * A second, fictional scheme: Saltmarsh Quay, a coastal town whose BID also records graffiti, fly-tipping
 * and calls on the shop radio, and whose partners are the council's enforcement team and a street outreach
 * charity. Keys it shares with the default vocabulary (theft, begging, welfare-concern, exclusion-breach)
 * are the same records, relabelled where the town says it differently.
 */
export const saltmarshQuayVocabulary: Vocabulary = {
  incidentTypes: [
    { key: 'theft', label: 'Shoplifting', meaning: 'offence', asksValue: true, sortOrder: 10 },
    { key: 'graffiti', label: 'Graffiti', meaning: 'offence', asksValue: false, sortOrder: 20 },
    { key: 'fly-tipping', label: 'Fly-tipping', meaning: 'offence', asksValue: false, sortOrder: 30 },
    { key: 'shop-radio-call', label: 'Shop-radio call', meaning: 'offence', asksValue: false, sortOrder: 40 },
    { key: 'begging', label: 'Begging', meaning: 'offence', asksValue: false, sortOrder: 50 },
    { key: 'welfare-concern', label: 'Welfare concern', meaning: 'welfare', asksValue: false, sortOrder: 60 },
    {
      key: 'exclusion-breach',
      label: 'Exclusion breach',
      meaning: 'exclusion-breach',
      asksValue: false,
      sortOrder: 70,
    },
  ],
  warningMarkers: [
    { key: 'violence', label: 'Violence' },
    { key: 'weapons', label: 'Carries a weapon' },
    { key: 'dog', label: 'Has a dog with them' },
    { key: 'prolific', label: 'Prolific' },
  ],
  partnerAgencies: [
    {
      key: 'council-enforcement',
      name: 'Council enforcement',
      listHeading: 'Enforcement reports',
      remit: ['graffiti', 'fly-tipping'],
      seesGallery: false,
      followsSafeguardedPeople: false,
    },
    {
      key: 'street-outreach',
      name: 'Street outreach',
      listHeading: 'Welfare concerns',
      remit: ['welfare-concern', 'begging'],
      seesGallery: false,
      followsSafeguardedPeople: true,
    },
  ],
  policeOutcomes: [
    { key: 'none', label: 'None yet', countsAs: 'none', sortOrder: 10 },
    { key: 'arrest', label: 'Arrest', countsAs: 'positive', sortOrder: 20 },
    { key: 'caution', label: 'Caution', countsAs: 'positive', closesCase: true, sortOrder: 30 },
    {
      key: 'community-resolution',
      label: 'Community resolution',
      countsAs: 'positive',
      closesCase: true,
      sortOrder: 40,
    },
    { key: 'charge', label: 'Charge', countsAs: 'positive', sortOrder: 50 },
    { key: 'conviction', label: 'Conviction', countsAs: 'positive', closesCase: true, sortOrder: 60 },
    { key: 'nfa', label: 'No further action', countsAs: 'no-action', closesCase: true, sortOrder: 70 },
  ],
}
