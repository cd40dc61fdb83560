import type { PayloadRequest } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { allDocuments } from './allDocuments'
import { idsByName } from './idsByName'

/**
 * Existing offender profiles by display name and alias, and their ids, so an incident's Offender refs can
 * name someone already in the gallery ("Jamie Fictitious", an alias, or "#42").
 */
export const loadProfileDirectory = async (req: PayloadRequest, user: StaffAccount) => {
  const found = await req.payload.find({
    collection: 'offenders',
    where: { status: { not_equals: 'rejected' } },
    select: { displayName: true, aliases: true },
    ...allDocuments,
    user,
    overrideAccess: false,
    req,
  })
  const ids = new Set(found.docs.map((profile) => profile.id))
  const byName = idsByName(
    found.docs.flatMap((profile) => [
      [profile.displayName, profile.id] as const,
      ...(profile.aliases ?? []).map((alias) => [alias.alias, profile.id] as const),
    ]),
  )
  return { ids, byName }
}

export type ProfileDirectory = Awaited<ReturnType<typeof loadProfileDirectory>>
