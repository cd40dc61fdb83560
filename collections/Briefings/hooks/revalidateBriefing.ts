import type { PayloadRequest } from 'payload'
import { revalidatePublicPaths } from '@/lib/revalidate/revalidatePublicPaths'
import { everyNewsListPage } from '@/lib/revalidate/routePatterns'
import type { Briefing } from '@/payload-types'

type Args = { doc: Briefing; previousDoc?: Briefing; req: PayloadRequest }

const isPublic = (briefing: Briefing | undefined) =>
  briefing?._status === 'published' && briefing.audience === 'public'

/**
 * afterChange and afterDelete: when a public briefing is published, changed, unpublished, made members-only
 * or deleted, purge its page, every news list page (items shift between pages), the home page (latest news)
 * and the sitemap. Members-only briefings are never on the public site, so they purge nothing.
 */
export const revalidateBriefing = ({ doc, previousDoc, req }: Args): Briefing => {
  if (!isPublic(doc) && !isPublic(previousDoc)) return doc
  const pages = new Set([`/news/${doc.slug}`])
  if (previousDoc?.slug) pages.add(`/news/${previousDoc.slug}`)
  revalidatePublicPaths(req, [...pages, '/news', everyNewsListPage, '/', '/sitemap.xml'])
  return doc
}
