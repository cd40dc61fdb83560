import Link from 'next/link'
import { SchemeLogo } from '@/components/shared/SchemeLogo'
import type { SchemeImage } from '@/lib/settings/schemeImageOf'

const links = [
  { href: '/campaigns', label: 'Campaigns' },
  { href: '/news', label: 'News' },
  { href: '/support', label: 'Get help' },
  { href: '/#report', label: 'Report a crime' },
  { href: '/join', label: 'Join' },
  { href: '/members', label: 'Members’ area' },
]

export const SiteHeader = ({ schemeName, logo }: { schemeName: string; logo: SchemeImage | null }) => (
  <header className="bg-brand text-on-brand">
    <nav
      aria-label="Main"
      className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3"
    >
      <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
        <SchemeLogo logo={logo} />
        {schemeName}
      </Link>
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link className="inline-block py-1 underline-offset-4 hover:underline" href={link.href}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  </header>
)
