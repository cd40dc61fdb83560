/** What a message on a report is: police or staff asking, or the reporter answering. */
export const messageKinds = [
  { label: 'Question', value: 'question' },
  { label: 'CCTV request', value: 'cctv-request' },
  { label: 'Reply', value: 'reply' },
] as const

export type MessageKind = (typeof messageKinds)[number]['value']

/** The kinds police and scheme staff write; the reporter writes replies only. */
export const askingKinds: readonly MessageKind[] = ['question', 'cctv-request']

/** Who wrote a message, as readers of the thread see it: a role, never a name of police or staff. */
export const authorRoles = [
  { label: 'Police', value: 'police' },
  { label: 'Scheme staff', value: 'scheme' },
  { label: 'Reporter', value: 'reporter' },
  { label: 'Business manager', value: 'business-manager' },
] as const

export type AuthorRole = (typeof authorRoles)[number]['value']
