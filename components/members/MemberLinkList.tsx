import Link from 'next/link'
import type { MemberRole, PartnerAgency } from '@/access/roles'
import { memberLinks } from './memberLinks'

/** The members' area pages this role uses, as a list of links styled by the caller (menu or home tiles). */
export const MemberLinkList = ({
  role,
  agency,
  listClassName,
  linkClassName,
}: {
  role: MemberRole
  agency?: PartnerAgency | null
  listClassName: string
  linkClassName: string
}) => (
  <ul className={listClassName}>
    {memberLinks(role, agency).map((link) => (
      <li key={link.href}>
        <Link href={link.href} className={linkClassName}>
          {link.label}
        </Link>
      </li>
    ))}
  </ul>
)
