import Link from 'next/link'
import { SchemeLogo } from '@/components/shared/SchemeLogo'
import { signOutAction } from '@/features/account/signOutAction'
import type { SignedInMember } from '@/lib/auth/currentMember'
import type { SchemeImage } from '@/lib/settings/schemeImageOf'
import { MemberLinkList } from './MemberLinkList'

type MemberHeaderProps = { member: SignedInMember | null; schemeName: string; logo: SchemeImage | null }

export const MemberHeader = ({ member, schemeName, logo }: MemberHeaderProps) => (
  <header className="bg-brand text-on-brand">
    <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
      <Link href="/members" className="flex items-center gap-2 text-lg font-bold">
        <SchemeLogo logo={logo} />
        {schemeName} members
      </Link>
      {member ? (
        <form action={signOutAction}>
          <Link href="/account" className="mr-3 text-sm underline-offset-2 hover:underline">
            {member.name}
            {member.businessName ? ` · ${member.businessName}` : ''}
          </Link>
          <button type="submit" className="rounded border border-current px-3 py-1 text-sm">
            Sign out
          </button>
        </form>
      ) : null}
    </div>
    {member ? (
      <nav aria-label="Members" className="mx-auto max-w-3xl px-2 pb-2">
        <MemberLinkList
          role={member.role}
          partner={member.partner}
          listClassName="flex flex-wrap gap-1"
          linkClassName="block rounded px-3 py-2 text-sm font-medium hover:bg-brand-dark"
        />
      </nav>
    ) : null}
  </header>
)
