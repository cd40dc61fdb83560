/** What a library document is; the scheme rules and the sharing agreement are the ones accepted on joining. */
export const documentKinds = [
  { label: 'Scheme rules', value: 'scheme-rules' },
  { label: 'Information-sharing agreement', value: 'sharing-agreement' },
  { label: 'DPIA summary', value: 'dpia-summary' },
  { label: 'Training guide', value: 'training-guide' },
  { label: 'Exclusion zone map', value: 'exclusion-zone-map' },
  { label: 'Other', value: 'other' },
] as const

export type DocumentKind = (typeof documentKinds)[number]['value']

export const documentKindLabel = (kind: string | null | undefined): string =>
  documentKinds.find((option) => option.value === kind)?.label ?? 'Document'
