import 'server-only'
import type { Account } from '@/access/accountOf'
import { readExclusionNotices } from '@/collections/ExclusionNotices/access/readExclusionNotices'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

export type ProfileNotice = {
  id: number
  stage: 'warning' | 'exclusion'
  outcome: string
  startsAt: string
  endsAt: string | null
  servedAt: string | null
  signed: boolean
}

/** The most notices a profile page lists: a profile's whole history is a handful, newest first. */
const noticeLimit = 20

/**
 * A profile's notices as the viewer may read them (police: gallery profiles), newest first. Null for a
 * viewer the notices' access rule gives nothing (shop staff, partners), so the page shows nothing new.
 */
export const listProfileNotices = async (
  viewer: Account,
  profileId: number,
): Promise<ProfileNotice[] | null> => {
  const payload = await getPayloadClient()
  if (!(await readExclusionNotices({ req: { user: viewer, payload } as never }))) return null
  const found = await payload.find({
    collection: 'exclusion-notices',
    where: { offender: { equals: profileId } },
    sort: '-startsAt',
    limit: noticeLimit,
    depth: 0,
    select: {
      stage: true,
      outcome: true,
      startsAt: true,
      endsAt: true,
      service: { servedAt: true, signature: true },
    },
    pagination: false,
    user: viewer,
    overrideAccess: false,
  })
  return found.docs.map((notice) => ({
    id: notice.id,
    stage: notice.stage,
    outcome: notice.outcome,
    startsAt: notice.startsAt,
    endsAt: notice.endsAt ?? null,
    servedAt: notice.service?.servedAt ?? null,
    signed: notice.service?.signature === 'signed',
  }))
}
