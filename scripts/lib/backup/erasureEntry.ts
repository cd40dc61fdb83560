import { z } from 'zod'

/**
 * One erasure the audit log recorded: a record deleted (retention, or staff acting on a subject's request) or
 * a report anonymised, with the evidence files that went with it. Ids and times only: nothing about a person.
 * `sequence` and `hash` are the audit entry's place in the chain, which ties the erasure to one history.
 */
export const erasureEntry = z.object({
  sequence: z.number().int().positive(),
  hash: z.string(),
  at: z.string(),
  action: z.enum(['delete', 'anonymise']),
  collection: z.string(),
  id: z.number().int().positive(),
  evidence: z.array(z.number().int().positive()),
})

export type ErasureEntry = z.infer<typeof erasureEntry>
