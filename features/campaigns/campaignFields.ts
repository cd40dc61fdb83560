import 'server-only'
import type { Config } from '@/payload-types'

/** What a campaign page shows, shared by the published read and the staff draft preview. */
export const campaignSelect = {
  title: true,
  slug: true,
  summary: true,
  heroImage: true,
  content: true,
  showAdoptedShops: true,
  updatedAt: true,
} as const satisfies Config['collectionsSelect']['campaigns']

/**
 * Related documents at depth 1: the hero image's sizes, and the slug of campaigns and briefings linked from
 * the rich text. Anything the public may not read (members-only briefings) stays an id and is not linked.
 */
export const campaignPopulate = {
  media: { alt: true, url: true, filename: true, width: true, height: true, sizes: true },
  campaigns: { slug: true },
  briefings: { slug: true },
} as const satisfies Partial<Config['collectionsSelect']>
