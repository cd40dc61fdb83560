/**
 * Which header policy a path gets (docs/security.md):
 * - `dynamic`: pages rendered per request — the members' area and its sign-in pages, Payload's admin and
 *   the staff pages. They get a nonce and may run no other inline script.
 * - `api`: Payload's REST API and every file route (evidence, exports): data, never a document.
 * - `public`: everything else — the prerendered public site and its not-found page.
 */
export type RouteKind = 'dynamic' | 'api' | 'public'

/** First path segments of the members' area (app/(members), whose layout is force-dynamic) and the admin. */
export const dynamicSections = [
  'account',
  'alerts',
  'briefings',
  'documents',
  'evidence-pack',
  'figures',
  'forgot-password',
  'incidents',
  // The public join form is rendered per request (force-dynamic), so it carries a nonce like the members' pages.
  'join',
  'members',
  'notices',
  'offenders',
  'photos',
  'report',
  'reports',
  'reset-password',
  'sign-in',
  'statements',
  'team',
  'today',
  'visits',
  'admin',
  'staff',
] as const

export const routeKindOf = (pathname: string): RouteKind => {
  const section = pathname.split('/')[1] ?? ''
  if (section === 'api') return 'api'
  if ((dynamicSections as readonly string[]).includes(section)) return 'dynamic'
  return 'public'
}
