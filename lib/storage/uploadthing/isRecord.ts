/** Payload hands adapters documents typed `any`/`TypeWithID`; this narrows them before we read fields. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
