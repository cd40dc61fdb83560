import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { briefingCardSelect } from './briefingCardSelect'

/** Published briefings a member may read (public and members-only), alerts first, then newest. */
export const listBriefingsForMember = async (member: MemberAccount, page = 1) => {
  const payload = await getPayloadClient()
  return payload.find({
    collection: 'briefings',
    sort: '-publishedAt',
    page,
    limit: 20,
    depth: 0,
    select: { ...briefingCardSelect, audience: true, event: { startsAt: true, place: true } },
    user: member,
    overrideAccess: false,
  })
}
