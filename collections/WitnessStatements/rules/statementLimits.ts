/** Lengths the admin, the reporter's form and the request form all apply. */
export const statementLimits = {
  body: 20_000,
  occupation: 120,
  requestNote: 2_000,
  witnessName: 200,
} as const
