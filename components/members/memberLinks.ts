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
  const documents = { href: '/documents', label: 'Documents' }
  if (role === 'member')
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'My reports' },
      gallery,
      briefings,
      documents,
    ]
  if (role === 'business-manager') {
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'Reports' },
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
