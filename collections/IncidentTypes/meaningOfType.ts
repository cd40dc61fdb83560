import type { PayloadRequest } from 'payload'
import { relationKey } from '@/access/relationKey'
import type { IncidentMeaning } from './incidentMeanings'

/**
 * The meaning of the incident type a report names (key or populated record), for the record rules that
 * depend on it; null when there is none. Read in the caller's transaction.
 */
export const meaningOfType = async (req: PayloadRequest, type: unknown): Promise<IncidentMeaning | null> => {
  if (type && typeof type === 'object' && 'meaning' in type)
    return (type as { meaning: IncidentMeaning }).meaning
  const key = relationKey(type)
  if (!key) return null
  const found = await req.payload.find({
    collection: 'incident-types',
    where: { id: { equals: key } },
    select: { meaning: true },
    depth: 0,
    limit: 1,
    pagination: false,
    // A rule of the report (what its type means), not something shown to the caller.
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.meaning ?? null
}
