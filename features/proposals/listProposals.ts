import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { recordLabel } from '@/lib/format/recordLabel'
import type { Business, Evidence, Member, Offender } from '@/payload-types'

/**
 * The approval queue: proposed profiles (ID-sought entries included), oldest first, each with the reports
 * it came from, its photos and any profiles it looks like. Read as the staff member.
 */
export const listProposals = async (payload: Payload, staff: StaffAccount) => {
  const asStaff = { user: staff }
  const proposals = await payload.find({
    collection: 'offenders',
    where: { status: { equals: 'proposed' } },
    sort: 'createdAt',
    limit: 50,
    depth: 1,
    joins: false,
    populate: {
      evidence: { filename: true, sizes: true },
      offenders: { displayName: true, status: true },
      members: { name: true, email: true },
    },
    select: {
      displayName: true,
      gallery: true,
      appearance: true,
      modusOperandi: true,
      photos: true,
      possibleDuplicates: true,
      proposedBy: true,
      createdAt: true,
    },
    ...asStaff,
    overrideAccess: false,
  })
  return Promise.all(
    proposals.docs.map(async (proposal) => {
      const incidents = await payload.find({
        collection: 'incidents',
        where: { offenders: { contains: proposal.id } },
        sort: '-occurredAt',
        limit: 5,
        depth: 1,
        populate: { businesses: { name: true }, 'incident-types': { label: true } },
        select: {
          type: true,
          occurredAt: true,
          business: true,
          description: true,
          unknownPersonDescription: true,
        },
        ...asStaff,
        overrideAccess: false,
      })
      return {
        id: proposal.id,
        name: proposal.displayName ?? 'Unidentified person',
        gallery: proposal.gallery,
        description: [proposal.appearance?.distinguishingFeatures, proposal.appearance?.usualClothing]
          .filter(Boolean)
          .join('; '),
        modusOperandi: proposal.modusOperandi,
        proposedBy: (proposal.proposedBy as Member | null | undefined)?.name ?? null,
        createdAt: proposal.createdAt,
        photos: ((proposal.photos ?? []) as (Evidence | number)[])
          .filter((photo): photo is Evidence => typeof photo === 'object')
          .map((photo) => photo.sizes?.thumbnail?.filename ?? photo.filename)
          .filter((name): name is string => Boolean(name)),
        duplicates: ((proposal.possibleDuplicates ?? []) as (Offender | number)[])
          .filter((match): match is Offender => typeof match === 'object')
          .map((match) => ({
            id: match.id,
            name: match.displayName ?? 'Unidentified person',
            status: match.status,
          })),
        incidents: incidents.docs.map((incident) => ({
          id: incident.id,
          type: recordLabel(incident.type),
          occurredAt: incident.occurredAt,
          business: (incident.business as Business | null)?.name ?? '',
          description: incident.unknownPersonDescription || incident.description,
        })),
      }
    }),
  )
}
