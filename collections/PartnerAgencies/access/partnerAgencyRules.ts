import type { PayloadRequest, RequestContext } from 'payload'
import { partnerAgencyOf } from '@/access/member'
import { relationKeys } from '@/access/relationKeys'

/** What a partner agency may read, from its record (collections/PartnerAgencies). */
export type PartnerAgencyRules = {
  id: string
  /** Keys of the incident types it works on. */
  remit: string[]
  seesGallery: boolean
  followsSafeguardedPeople: boolean
}

/** A request as access functions and pages hold it: pages pass only the member and the Payload client. */
export type AgencyRequest = Pick<PayloadRequest, 'user' | 'payload'> & { context?: RequestContext }

type Memo = Map<string, Promise<PartnerAgencyRules | null>>

const load = async (payload: AgencyRequest['payload'], id: string): Promise<PartnerAgencyRules | null> => {
  const found = await payload.find({
    collection: 'partner-agencies',
    where: { id: { equals: id } },
    select: { remit: true, seesGallery: true, followsSafeguardedPeople: true, retired: true },
    depth: 0,
    limit: 1,
    pagination: false,
    // The agency's own rules decide what its members may read; reading them cannot depend on the member's
    // read access (which this very rule feeds), and nothing of the record reaches the member from here.
    overrideAccess: true,
  })
  const agency = found.docs[0]
  // An agency retired (or gone) reads nothing until staff move its accounts to another.
  if (!agency || agency.retired) return null
  return {
    id: agency.id,
    remit: relationKeys(agency.remit),
    seesGallery: agency.seesGallery === true,
    followsSafeguardedPeople: agency.followsSafeguardedPeople === true,
  }
}

/**
 * The partner agency rules of the member behind a request, or null for anyone who is not an active partner.
 * Read once per request: several access functions (reports, evidence, the gallery, warning markers) ask in
 * one operation, so the answer is kept in `req.context`.
 */
export const partnerAgencyRules = (req: AgencyRequest): Promise<PartnerAgencyRules | null> => {
  const id = partnerAgencyOf(req)
  if (!id) return Promise.resolve(null)
  const context = req.context as (RequestContext & { partnerAgencyRules?: Memo }) | undefined
  if (!context) return load(req.payload, id)
  context.partnerAgencyRules ??= new Map()
  const memo = context.partnerAgencyRules
  const cached = memo.get(id)
  if (cached) return cached
  const loading = load(req.payload, id)
  memo.set(id, loading)
  return loading
}
