/** The longest text each report field holds, in characters: the collection, the report form and the import. */
export const incidentTextLimits = {
  spot: 120,
  summary: 140,
  description: 5000,
  unknownPersonDescription: 2000,
  crimeReference: 40,
  policeNotes: 2000,
} as const
