import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { findLikelyDuplicates, type Likeness } from '@/collections/Offenders/duplicates/duplicateScore'
import { loadLikenessCandidates, photoHashesOf } from '@/collections/Offenders/duplicates/likenessCandidates'
import type { Business, Member } from '@/payload-types'
import { type ProfileCard, profileCardOf, profileCardPopulate, profileCardSelect } from './profileCard'
import { incidentTypeLabel, proposalLabelPopulate } from './proposalLabels'

/** Look-alikes shown beside a proposal: enough to catch a duplicate, few enough to compare at a glance. */
export const lookAlikeLimit = 3

export type LookAlike = ProfileCard & {
  likeness: Likeness
  /** How many reports name this profile, and how many of those also name the proposal. */
  incidentCount: number
  sharedIncidents: number
}

export type ProposalReview = {
  proposal: ProfileCard & {
    createdAt: string
    proposedBy: string | null
    reports: { id: number; type: string; business: string; occurredAt: string; description: string }[]
  }
  lookAlikes: LookAlike[]
}

/**
 * One proposal as staff review it: its photos, description and source reports beside its best
 * look-alikes, scored now (names, description and photo) against every profile that is not rejected, with
 * each look-alike's reports and those it shares with the proposal. Null when `id` is not a proposal the
 * staff member can read. Read as the staff member.
 */
export const loadProposalReview = async (
  payload: Payload,
  staff: StaffAccount,
  id: number,
): Promise<ProposalReview | null> => {
  const asStaff = { user: staff, overrideAccess: false } as const
  const found = await payload.find({
    collection: 'offenders',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'proposed' } }] },
    select: {
      ...profileCardSelect,
      firstName: true,
      lastName: true,
      aliases: true,
      proposedBy: true,
      createdAt: true,
    },
    populate: { ...profileCardPopulate, members: { name: true } },
    depth: 1,
    joins: false,
    limit: 1,
    ...asStaff,
  })
  const proposal = found.docs[0]
  if (!proposal) return null

  const matches = findLikelyDuplicates(
    { ...proposal, photoHashes: await photoHashesOf(payload, proposal.photos, asStaff) },
    await loadLikenessCandidates(payload, asStaff, {
      and: [{ status: { not_equals: 'rejected' } }, { id: { not_equals: id } }],
    }),
    lookAlikeLimit,
  )
  const profiles = matches.length
    ? await payload.find({
        collection: 'offenders',
        where: { id: { in: matches.map((match) => match.id) } },
        select: profileCardSelect,
        populate: profileCardPopulate,
        depth: 1,
        joins: false,
        limit: matches.length,
        ...asStaff,
      })
    : { docs: [] }
  // A proposal comes from a report or two; its reports are read once and each look-alike's counted in them.
  const proposalReports = await payload.find({
    collection: 'incidents',
    where: { offenders: { contains: id } },
    select: {},
    depth: 0,
    limit: 100,
    ...asStaff,
  })
  const proposalReportIds = proposalReports.docs.map((incident) => incident.id)
  const countIncidents = async (profileId: number, among?: number[]) =>
    among && !among.length
      ? 0
      : (
          await payload.count({
            collection: 'incidents',
            where: {
              and: [{ offenders: { contains: profileId } }, ...(among ? [{ id: { in: among } }] : [])],
            },
            ...asStaff,
          })
        ).totalDocs
  const lookAlikes: LookAlike[] = []
  for (const match of matches) {
    const profile = profiles.docs.find((doc) => doc.id === match.id)
    if (!profile) continue
    lookAlikes.push({
      ...profileCardOf(profile),
      likeness: { score: match.score, name: match.name, description: match.description, photo: match.photo },
      incidentCount: await countIncidents(match.id),
      sharedIncidents: await countIncidents(match.id, proposalReportIds),
    })
  }

  const reports = await payload.find({
    collection: 'incidents',
    where: { offenders: { contains: id } },
    sort: '-occurredAt',
    limit: 5,
    depth: 1,
    populate: { businesses: { name: true }, ...proposalLabelPopulate },
    select: {
      type: true,
      occurredAt: true,
      business: true,
      description: true,
      unknownPersonDescription: true,
    },
    ...asStaff,
  })
  return {
    proposal: {
      ...profileCardOf(proposal),
      createdAt: proposal.createdAt,
      proposedBy: (proposal.proposedBy as Member | null | undefined)?.name ?? null,
      reports: reports.docs.map((incident) => ({
        id: incident.id,
        type: incidentTypeLabel(incident.type),
        business: (incident.business as Business | null)?.name ?? '',
        occurredAt: incident.occurredAt,
        description: incident.unknownPersonDescription || incident.description || '',
      })),
    },
    lookAlikes,
  }
}
