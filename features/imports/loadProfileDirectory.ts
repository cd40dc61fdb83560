import type { PayloadRequest } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { normaliseKey } from './normaliseKey'

/**
 * Existing offender profiles by display name and alias, and their ids, so an incident's Offender refs can
 * name someone already in the gallery ("Jamie Fictitious", an alias, or "#42").
 */
export const loadProfileDirectory = async (req: PayloadRequest, user: StaffAccount) => {
  const found = await req.payload.find({
    collection: 'offenders',
    where: { status: { not_equals: 'rejected' } },
    select: { displayName: true, aliases: true },
    depth: 0,
    limit: 0,
    pagination: false,
    user,
    overrideAccess: false,
    req,
  })
  const ids = new Set<number>()
  const byName = new Map<string, Set<number>>()
  const add = (name: string | null | undefined, id: number) => {
    const key = normaliseKey(name)
    if (!key) return
    byName.set(key, (byName.get(key) ?? new Set()).add(id))
  }
  for (const profile of found.docs) {
    ids.add(profile.id)
    add(profile.displayName, profile.id)
    for (const alias of profile.aliases ?? []) add(alias.alias, profile.id)
  }
  return { ids, byName }
}

export type ProfileDirectory = Awaited<ReturnType<typeof loadProfileDirectory>>
