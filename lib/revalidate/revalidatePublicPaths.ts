import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'
import { purgeEdgeCache } from './purgeEdgeCache'

/** A page address ("/news/some-slug"), or a route pattern with its kind ("every page of this route"). */
export type PublicPath = string | { path: string; type: 'page' | 'layout' }

// What Next says when asked to revalidate outside a request it is serving (seed script, Vitest, migrations,
// jobs run by Payload's cron). There is no Next cache to purge there, so nothing is lost.
const outsideNext = /static generation store missing/

/**
 * Purges the prerendered public pages a publish affects, so the public sees the change on their next visit
 * rather than after the hourly revalidation. Called from afterChange/afterDelete hooks. `req.context
 * .disableRevalidate` skips it (bulk imports). Any other error is a real bug and is not swallowed.
 */
export const revalidatePublicPaths = (req: Pick<PayloadRequest, 'context'>, paths: PublicPath[]): void => {
  if (req.context?.disableRevalidate) return
  for (const entry of paths) {
    const { path, type } = typeof entry === 'string' ? { path: entry, type: undefined } : entry
    try {
      revalidatePath(path, type)
    } catch (error) {
      if (error instanceof Error && outsideNext.test(error.message)) break
      throw error
    }
  }
  // After Next's own purge, so nginx's next miss fetches the regenerated page.
  if (paths.length) purgeEdgeCache()
}
