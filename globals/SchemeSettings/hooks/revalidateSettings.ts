import type { GlobalAfterChangeHook } from 'payload'
import { revalidatePublicPaths } from '@/lib/revalidate/revalidatePublicPaths'
import { everyPage } from '@/lib/revalidate/routePatterns'

/**
 * The scheme's names and contacts are in every public page's header and footer, and the privacy notice
 * quotes the retention periods: a settings change purges the whole public site (it is rare).
 */
export const revalidateSettings: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidatePublicPaths(req, [everyPage])
  return doc
}
