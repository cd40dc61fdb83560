import type { MemberRole, PartnerAgency } from '@/access/roles'

type Link = { href: string; label: string }

/** What each role finds in the members' area; pages still check access themselves. */
export const memberLinks = (role: MemberRole, agency?: PartnerAgency | null): Link[] => {
  const briefings = { href: '/briefings', label: 'Briefings' }
  const gallery = { href: '/offenders', label: 'Gallery' }
  if (role === 'member')
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'My reports' },
      gallery,
      briefings,
    ]
  if (role === 'business-manager') {
    return [
      { href: '/report', label: 'Report' },
      { href: '/reports', label: 'Reports' },
      gallery,
      briefings,
      { href: '/team', label: 'Team' },
    ]
  }
  if (role === 'police')
    return [
      { href: '/incidents', label: 'Incidents' },
      gallery,
      { href: '/visits', label: 'Shop visits' },
      briefings,
    ]
  if (agency === 'asb-unit') return [{ href: '/incidents', label: 'ASB reports' }, gallery, briefings]
  return [{ href: '/incidents', label: 'Welfare concerns' }, briefings]
}
