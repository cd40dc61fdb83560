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
  if (role === 'member')
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'My reports' },
      statements,
      gallery,
      briefings,
      documents,
    ]
  if (role === 'business-manager') {
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'Reports' },
      statements,
      gallery,
      briefings,
      documents,
      { href: '/team', label: 'Team' },
    ]
  }
  if (role === 'police')
    return [
      { href: '/incidents', label: 'Incidents' },
      gallery,
      { href: '/visits', label: 'Shop visits' },
      briefings,
      documents,
    ]
  const reports = { href: '/incidents', label: partner?.listHeading ?? 'Reports' }
  return partner?.seesGallery ? [reports, gallery, briefings, documents] : [reports, briefings, documents]
}
