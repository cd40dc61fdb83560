import type { Vocabulary } from './vocabulary'

/**
 * The vocabulary NTARS shipped with as code before it became records: the 20261203 vocabulary migrations
 * insert exactly this, and tests rely on its keys (theft, asb, welfare-concern; asb-unit, outreach).
 */
export const defaultVocabulary: Vocabulary = {
  incidentTypes: [
    { key: 'theft', label: 'Theft', meaning: 'offence', asksValue: true, sortOrder: 10 },
    {
      key: 'abuse-to-staff',
      label: 'Abuse or threats to staff',
      meaning: 'offence',
      asksValue: true,
      sortOrder: 20,
    },
    { key: 'violence', label: 'Violence', meaning: 'offence', asksValue: true, sortOrder: 30 },
    { key: 'criminal-damage', label: 'Criminal damage', meaning: 'offence', asksValue: true, sortOrder: 40 },
    { key: 'asb', label: 'Anti-social behaviour', meaning: 'offence', asksValue: true, sortOrder: 50 },
    { key: 'begging', label: 'Begging', meaning: 'offence', asksValue: true, sortOrder: 60 },
    { key: 'street-drinking', label: 'Street drinking', meaning: 'offence', asksValue: true, sortOrder: 70 },
    { key: 'drugs', label: 'Drugs', meaning: 'offence', asksValue: true, sortOrder: 80 },
    {
      key: 'exclusion-breach',
      label: 'Exclusion breach',
      meaning: 'exclusion-breach',
      asksValue: true,
      sortOrder: 90,
    },
    { key: 'welfare-concern', label: 'Welfare concern', meaning: 'welfare', asksValue: true, sortOrder: 100 },
    { key: 'other', label: 'Other', meaning: 'offence', asksValue: true, sortOrder: 110 },
  ],
  warningMarkers: [
    { key: 'violence', label: 'Violence' },
    { key: 'weapons', label: 'Weapons' },
    { key: 'drugs', label: 'Drugs' },
    { key: 'threats', label: 'Threatening behaviour' },
    { key: 'group', label: 'Works in a group' },
    { key: 'prolific', label: 'Prolific' },
  ],
  partnerAgencies: [
    {
      key: 'asb-unit',
      name: 'Council ASB unit',
      listHeading: 'ASB reports',
      remit: ['asb', 'begging', 'street-drinking', 'drugs', 'criminal-damage', 'exclusion-breach'],
      seesGallery: true,
      followsSafeguardedPeople: false,
    },
    {
      key: 'outreach',
      name: 'Outreach',
      listHeading: 'Welfare concerns',
      remit: ['welfare-concern'],
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
