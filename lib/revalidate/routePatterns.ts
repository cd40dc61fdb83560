import type { PublicPath } from './revalidatePublicPaths'

/**
 * Every page of a dynamic public route. Next tags cached pages with their route file's path, route group
 * included, so a pattern without "(frontend)" would silently purge nothing.
 */
export const everyCampaignPage: PublicPath = { path: '/(frontend)/campaigns/[slug]', type: 'page' }
export const everyNewsListPage: PublicPath = { path: '/(frontend)/news/page/[page]', type: 'page' }
export const everySupportCategoryPage: PublicPath = { path: '/(frontend)/support/[category]', type: 'page' }
/** Every page under the public layout (header and footer show the scheme's settings). */
export const everyPage: PublicPath = { path: '/', type: 'layout' }
