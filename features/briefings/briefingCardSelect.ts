import type { Config } from '@/payload-types'

/** What every briefing read shows at least: the card of a list, and the head of a briefing's page. */
export const briefingCardSelect = {
  title: true,
  slug: true,
  kind: true,
  summary: true,
  publishedAt: true,
} as const satisfies Config['collectionsSelect']['briefings']
