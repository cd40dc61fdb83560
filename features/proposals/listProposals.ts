import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import type { Evidence, Member } from '@/payload-types'

/** At most this many proposals are listed; the oldest come first, so none waits unseen. */
export const proposalListLimit = 50

/**
 * The approval queue's list: proposed profiles (ID-sought entries included), oldest first, with what the
 * compact list shows. Read as the staff member.
 */
export const listProposals = async (payload: Payload, staff: StaffAccount) => {
  const proposals = await payload.find({
    collection: 'offenders',
    where: { status: { equals: 'proposed' } },
    sort: 'createdAt',
    limit: proposalListLimit,
    depth: 1,
    joins: false,
    populate: { evidence: { filename: true, sizes: true }, members: { name: true } },
    select: { displayName: true, gallery: true, photos: true, proposedBy: true, createdAt: true },
    user: staff,
    overrideAccess: false,
  })
  return {
    total: proposals.totalDocs,
    proposals: proposals.docs.map((proposal) => {
      const photo = (proposal.photos ?? []).find((entry): entry is Evidence => typeof entry === 'object')
      return {
        id: proposal.id,
        name: proposal.displayName ?? 'Unidentified person',
        gallery: proposal.gallery,
        createdAt: proposal.createdAt,
        proposedBy: (proposal.proposedBy as Member | null | undefined)?.name ?? null,
        thumbnail: photo ? (photo.sizes?.thumbnail?.filename ?? photo.filename ?? null) : null,
      }
    }),
  }
}

export type ProposalSummary = Awaited<ReturnType<typeof listProposals>>['proposals'][number]
