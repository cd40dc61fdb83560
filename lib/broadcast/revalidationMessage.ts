import { z } from 'zod'

/** What one publish asks every instance to purge: Next's cache tags (pages, layouts) and nothing else. */
export const revalidationMessageSchema = z.object({
  /** The instance that published it (instanceId.ts). */
  from: z.string().min(1).max(100),
  /** Next's cache tags: `_N_T_/news/some-slug`, `_N_T_/(frontend)/campaigns/[slug]/page`, … */
  tags: z.array(z.string().min(1).max(1024)).max(200),
})

export type RevalidationMessage = z.infer<typeof revalidationMessageSchema>
