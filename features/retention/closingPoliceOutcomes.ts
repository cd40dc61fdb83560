import type { PayloadRequest } from 'payload'

/** The keys of the police outcomes the scheme marks as closing a case (collections/PoliceOutcomes). */
export const closingPoliceOutcomes = async (req: PayloadRequest): Promise<string[]> => {
  const found = await req.payload.find({
    collection: 'police-outcomes',
    where: { closesCase: { equals: true } },
    select: { closesCase: true },
    depth: 0,
    pagination: false,
    limit: 0,
    // The scheme's own list of outcomes (no personal data): the retention rule must not depend on who asks.
    overrideAccess: true,
    req,
  })
  return found.docs.map((outcome) => String(outcome.id))
}
