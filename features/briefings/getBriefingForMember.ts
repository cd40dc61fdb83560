import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { briefingCardSelect } from './briefingCardSelect'

/** One briefing by slug, with this member's own RSVP when it is an event. */
export const getBriefingForMember = async (member: MemberAccount, slug: string) => {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'briefings',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { ...briefingCardSelect, audience: true, content: true, event: true },
    user: member,
    overrideAccess: false,
  })
  const briefing = found.docs[0]
  if (!briefing) return null
  const rsvp =
    briefing.kind === 'event'
      ? (
          await payload.find({
            collection: 'event-rsvps',
            where: { event: { equals: briefing.id } },
            limit: 1,
            depth: 0,
            select: { response: true },
            user: member,
            overrideAccess: false,
          })
        ).docs[0]
      : undefined
  const going =
    briefing.kind === 'event'
      ? (
          await payload.count({
            collection: 'event-rsvps',
            where: { and: [{ event: { equals: briefing.id } }, { response: { equals: 'going' } }] },
            overrideAccess: true,
          })
        ).totalDocs // a headcount, no personal data
      : 0
  return { briefing, rsvp: rsvp?.response ?? null, going }
}
