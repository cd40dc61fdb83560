import Link from 'next/link'
import type { MemberRole } from '@/access/roles'
import type { MemberPartner } from '@/lib/auth/memberForSession'
import { memberLinks } from './memberLinks'

/** The members' area pages this role uses, as a list of links styled by the caller (menu or home tiles). */
export const MemberLinkList = ({
  role,
  partner,
  listClassName,
  linkClassName,
}: {
  role: MemberRole
  partner?: MemberPartner | null
  listClassName: string
  linkClassName: string
}) => (
  <ul className={listClassName}>
    {memberLinks(role, partner).map((link) => (
      <li key={link.href}>
        <Link href={link.href} className={linkClassName}>
          {link.label}
        </Link>
      </li>
    ))}
  </ul>
)
