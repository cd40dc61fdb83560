import 'server-only'
import { cache } from 'react'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { briefingCardSelect } from './briefingCardSelect'

/**
 * One published public briefing (news, alert or event) by slug, or null; members-only ones are hidden by the
 * access rules. Cached per render: the page and its metadata both ask for it.
 */
export const getPublicBriefing = cache(async (slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'briefings',
    where: { slug: { equals: slug.slice(0, 100) } },
    limit: 1,
    depth: 1,
    populate: {
      media: { alt: true, url: true, filename: true, width: true, height: true, sizes: true },
      campaigns: { slug: true },
      briefings: { slug: true },
    },
    select: {
      ...briefingCardSelect,
      heroImage: true,
      content: true,
      event: { startsAt: true, endsAt: true, place: true, howToAttend: true, rsvpEnabled: true },
    },
    overrideAccess: false,
  })
  return docs[0] ?? null
})
