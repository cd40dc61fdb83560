import type { Page } from '@playwright/test'
import { choosePhotos } from './choosePhotos'

/**
 * Every page `npm run screenshots` captures, by who sees it. A path may name a list page and a link pattern
 * instead of an id (`from`): the first matching link on that list is followed, so the seed's ids are not
 * written down here.
 */
export type Viewport = 'phone' | 'desktop'

export type ShotPage = {
  /** File name (without .png) and the name in the report. */
  name: string
  path: string
  /** Open `path`, then follow the first link whose href matches this. */
  follow?: RegExp
  /** Where to go instead when no link matches (an empty collection: its create view). */
  fallback?: string
  /** Wait for this text before capturing (a client-rendered view). */
  waitForText?: string
  colorScheme?: 'light' | 'dark'
  /** Puts the page in the state to capture, e.g. photos chosen in the report form. */
  prepare?: (page: Page) => Promise<void>
}

export type ShotRole = {
  name: string
  /** Member (members' sign-in), staff (staff sign-in with second factor) or nobody. */
  signIn?: { kind: 'member' | 'staff'; email: string }
  viewport: Viewport
  pages: ShotPage[]
}

export const viewports: Record<Viewport, { width: number; height: number; fullPage: boolean }> = {
  phone: { width: 390, height: 844, fullPage: true },
  desktop: { width: 1280, height: 800, fullPage: true },
}

/**
 * The admin's collections, in nav order (rate limits are hidden from staff): each gets its list and its first
 * record's edit view, or its create view when the seed has no record.
 */
const adminCollections = [
  'users',
  'members',
  'businesses',
  'incidents',
  'recognitions',
  'offenders',
  'evidence',
  'shop-visits',
  'media',
  'campaigns',
  'briefings',
  'event-rsvps',
  'support-services',
  'subject-requests',
  'audit-log',
  'payload-jobs',
  'incident-types',
  'warning-markers',
  'partner-agencies',
  'police-outcomes',
  'exclusion-notices',
  'signed-documents',
  'witness-statements',
  'documents',
  'document-versions',
]

export const shotRoles: ShotRole[] = [
  {
    name: 'public',
    viewport: 'phone',
    pages: [
      { name: 'home', path: '/' },
      { name: 'campaigns', path: '/campaigns' },
      { name: 'campaign-cops-adopt-a-shop', path: '/campaigns/cops-adopt-a-shop' },
      // The search without JavaScript, answered by the server: the matching streets open.
      { name: 'campaign-shop-search', path: '/campaigns/cops-adopt-a-shop/shops?q=lane' },
      { name: 'news', path: '/news' },
      { name: 'news-article', path: '/news', follow: /^\/news\/(?!page\/)[^/]+$/ },
      { name: 'support', path: '/support' },
      { name: 'support-category', path: '/support', follow: /^\/support\/[^/]+$/ },
      { name: 'join', path: '/join' },
      { name: 'privacy', path: '/privacy' },
      { name: 'sign-in', path: '/sign-in' },
      { name: 'forgot-password', path: '/forgot-password' },
      { name: 'staff-sign-in', path: '/staff/sign-in' },
    ],
  },
  {
    name: 'member',
    signIn: { kind: 'member', email: 'member@ntars.test' },
    viewport: 'phone',
    pages: [
      { name: 'home', path: '/members' },
      { name: 'report', path: '/report' },
      { name: 'report-with-photos', path: '/report', prepare: choosePhotos },
      { name: 'reports', path: '/reports' },
      { name: 'gallery', path: '/offenders' },
      { name: 'offender', path: '/offenders', follow: /^\/offenders\/\d+$/ },
      { name: 'briefings', path: '/briefings' },
      { name: 'briefing', path: '/briefings', follow: /^\/briefings\/[^/]+$/ },
      { name: 'account', path: '/account' },
      { name: 'account-password', path: '/account/password' },
      { name: 'documents', path: '/documents' },
      { name: 'document', path: '/documents', follow: /^\/documents\/\d+$/ },
      { name: 'statements', path: '/statements' },
      { name: 'today', path: '/today' },
    ],
  },
  {
    name: 'police',
    signIn: { kind: 'member', email: 'police@ntars.test' },
    viewport: 'phone',
    pages: [
      { name: 'home', path: '/members' },
      { name: 'incidents', path: '/incidents' },
      { name: 'incident', path: '/incidents', follow: /^\/incidents\/\d+$/ },
      { name: 'visits', path: '/visits' },
      { name: 'figures', path: '/figures' },
      { name: 'patterns', path: '/figures/patterns' },
      // Police see exact counts and the notices served (docs/today-in-town.md).
      { name: 'today', path: '/today' },
      // A gallery profile: police see its notices, with "Serve" on unserved ones.
      { name: 'offender', path: '/offenders', follow: /^\/offenders\/\d+$/ },
    ],
  },
  {
    name: 'shopmanager',
    signIn: { kind: 'member', email: 'shopmanager@ntars.test' },
    viewport: 'phone',
    pages: [
      { name: 'team', path: '/team' },
      { name: 'figures', path: '/figures' },
      // A business manager is asked to accept the current scheme rules here (docs/document-library.md).
      { name: 'home', path: '/members' },
      { name: 'poster', path: '/members/poster' },
    ],
  },
  {
    name: 'partner',
    signIn: { kind: 'member', email: 'outreach@ntars.test' },
    viewport: 'phone',
    pages: [{ name: 'home', path: '/members' }],
  },
  {
    name: 'admin',
    signIn: { kind: 'staff', email: 'admin@ntars.test' },
    viewport: 'desktop',
    pages: [
      { name: 'dashboard', path: '/admin', waitForText: 'Incidents per week' },
      { name: 'dashboard-dark', path: '/admin', waitForText: 'Incidents per week', colorScheme: 'dark' },
      { name: 'approvals', path: '/admin/approvals' },
      { name: 'audit', path: '/admin/audit' },
      { name: 'outcomes', path: '/admin/outcomes' },
      { name: 'outcomes-dark', path: '/admin/outcomes', colorScheme: 'dark' },
      { name: 'patterns', path: '/admin/patterns' },
      { name: 'patterns-dark', path: '/admin/patterns', colorScheme: 'dark' },
      { name: 'import', path: '/admin/import' },
      { name: 'scheme-settings', path: '/admin/globals/scheme-settings' },
      { name: 'account', path: '/admin/account' },
      ...adminCollections.flatMap((slug) => [
        { name: `${slug}-list`, path: `/admin/collections/${slug}` },
        {
          name: `${slug}-edit`,
          path: `/admin/collections/${slug}`,
          follow: new RegExp(`^/admin/collections/${slug}/(?!create$)[^/?]+$`),
          fallback: `/admin/collections/${slug}/create`,
        },
      ]),
    ],
  },
]
