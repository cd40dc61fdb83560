import type { PayloadRequest } from 'payload'
import { revalidatePublicPaths } from '@/lib/revalidate/revalidatePublicPaths'
import type { Campaign } from '@/payload-types'

type Args = { doc: Campaign; previousDoc?: Campaign; req: PayloadRequest }

/**
 * afterChange and afterDelete: when a published campaign changes, is unpublished or deleted, purge its page,
 * the campaign list, the home page (it lists campaigns) and the sitemap. Drafts nobody public can see only
 * purge when the published version was involved; saving a draft of a published campaign purges too, which
 * costs one re-render of unchanged content and keeps this simple.
 */
export const revalidateCampaign = ({ doc, previousDoc, req }: Args): Campaign => {
  const wasPublic = previousDoc?._status === 'published'
  if (doc._status !== 'published' && !wasPublic) return doc
  const pages = new Set([`/campaigns/${doc.slug}`])
  if (previousDoc?.slug) pages.add(`/campaigns/${previousDoc.slug}`)
  revalidatePublicPaths(req, [...pages, '/campaigns', '/', '/sitemap.xml'])
  return doc
}
