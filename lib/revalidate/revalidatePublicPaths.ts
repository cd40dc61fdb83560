import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'
import { broadcastRevalidation } from '@/lib/broadcast/broadcastRevalidation'
import { expirePagesLocally } from '@/lib/broadcast/expirePagesLocally'
import { implicitTagsOf } from '@/lib/broadcast/implicitTagsOf'
import { purgeEdgeCache } from './purgeEdgeCache'

/** A page address ("/news/some-slug"), or a route pattern with its kind ("every page of this route"). */
export type PublicPath = string | { path: string; type: 'page' | 'layout' }

// What Next says when asked to revalidate outside a request it is serving (seed script, Vitest, migrations,
// jobs run by Payload's cron). The tags are then expired directly (expirePagesLocally), which is all
// revalidatePath would have done at the end of a request.
const outsideNext = /static generation store missing/

/**
 * Purges the prerendered public pages a publish affects, so the public sees the change on their next visit
 * rather than after the hourly revalidation: on this instance, in the nginx cache, and on every other app
 * instance (broadcast through PostgreSQL, lib/broadcast/). Called from afterChange/afterDelete hooks.
 * `req.context.disableRevalidate` skips it (bulk imports). Any other error is a real bug and is not swallowed.
 */
export const revalidatePublicPaths = (req: Pick<PayloadRequest, 'context'>, paths: PublicPath[]): void => {
  if (req.context?.disableRevalidate) return
  const tags = paths.flatMap((entry) =>
    typeof entry === 'string' ? implicitTagsOf(entry) : implicitTagsOf(entry.path, entry.type),
  )
  let inRequest = true
  for (const entry of paths) {
    const { path, type } = typeof entry === 'string' ? { path: entry, type: undefined } : entry
    try {
      revalidatePath(path, type)
    } catch (error) {
      if (error instanceof Error && outsideNext.test(error.message)) {
        inRequest = false
        break
      }
      throw error
    }
  }
  // After Next's own purge, so nginx's next miss fetches the regenerated page.
  if (!inRequest) expirePagesLocally(tags)
  else if (paths.length) purgeEdgeCache()
  broadcastRevalidation(tags)
}
