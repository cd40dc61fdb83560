/** What a signed document is: a served exclusion notice or a witness statement (MG11). */
export const signedDocumentKinds = [
  { label: 'Exclusion notice', value: 'exclusion-notice' },
  { label: 'Witness statement', value: 'witness-statement' },
] as const
