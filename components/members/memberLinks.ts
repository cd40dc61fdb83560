import type { MemberRole } from '@/access/roles'
import type { MemberPartner } from '@/lib/auth/memberForSession'

type Link = { href: string; label: string }

/**
 * What each role finds in the members' area; pages still check access themselves. A partner agency's list
 * is named by its record ("ASB reports", "Welfare concerns"), and its gallery link shown when it sees it.
 */
export const memberLinks = (role: MemberRole, partner?: MemberPartner | null): Link[] => {
  const briefings = { href: '/briefings', label: 'Briefings' }
  const gallery = { href: '/offenders', label: 'Gallery' }
  // Witness statements police asked the reporter for (docs/witness-statements.md).
  const statements = { href: '/statements', label: 'Statements to sign' }
  const documents = { href: '/documents', label: 'Documents' }
  // Scheme-wide counts for the day and week (docs/today-in-town.md).
  const today = { href: '/today', label: 'Today in town' }
  if (role === 'member')
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'My reports' },
      today,
      statements,
      gallery,
      briefings,
      documents,
    ]
  if (role === 'business-manager') {
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'Reports' },
      today,
      statements,
      gallery,
      briefings,
      documents,
      { href: '/team', label: 'Team' },
      // The business's own figures beside the scheme's average (docs/figures.md).
      { href: '/figures', label: 'Figures' },
      // The business's "Scan to report" poster (docs/report-poster.md).
      { href: '/members/poster', label: 'Report poster' },
    ]
  }
  if (role === 'police')
    return [
      { href: '/incidents', label: 'Incidents' },
      today,
      gallery,
      { href: '/visits', label: 'Shop visits' },
      { href: '/figures', label: 'Figures' },
      briefings,
      documents,
    ]
  const reports = { href: '/incidents', label: partner?.listHeading ?? 'Reports' }
  return partner?.seesGallery
    ? [reports, today, gallery, briefings, documents]
    : [reports, today, briefings, documents]
}
