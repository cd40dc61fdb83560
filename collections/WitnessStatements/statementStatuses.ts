/** Where a witness statement is: police or staff draft it, send it, the reporter signs it; or it is withdrawn. */
export const statementStatuses = [
  { label: 'Draft', value: 'draft' },
  { label: 'Awaiting signature', value: 'awaiting-signature' },
  { label: 'Signed', value: 'signed' },
  { label: 'Withdrawn', value: 'withdrawn' },
] as const
export type StatementStatus = (typeof statementStatuses)[number]['value']
