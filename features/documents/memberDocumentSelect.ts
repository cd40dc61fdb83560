/** The fields the members' library shows of a document; never the staff-only versions join. */
export const memberDocumentSelect = {
  title: true,
  kind: true,
  summary: true,
  required: true,
  acceptOnJoining: true,
  currentVersion: true,
} as const
