import type { PayloadRequest } from 'payload'
import { revalidatePublicPaths } from '@/lib/revalidate/revalidatePublicPaths'
import { everySupportCategoryPage } from '@/lib/revalidate/routePatterns'
import type { SupportService } from '@/payload-types'

type Args = { doc: SupportService; previousDoc?: SupportService; req: PayloadRequest }

/**
 * afterChange and afterDelete: a published service changed, unpublished or deleted purges the directory
 * and its category pages (a service can move between categories, so all of them).
 */
export const revalidateSupport = ({ doc, previousDoc, req }: Args): SupportService => {
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  revalidatePublicPaths(req, ['/support', everySupportCategoryPage])
  return doc
}
