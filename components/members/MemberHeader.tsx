import Link from 'next/link'
import { signOutAction } from '@/features/account/signOutAction'
import type { SignedInMember } from '@/lib/auth/currentMember'
import { MemberLinkList } from './MemberLinkList'

export const MemberHeader = ({ member }: { member: SignedInMember | null }) => (
  <header className="bg-brand text-white">
    <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
      <Link href="/members" className="text-lg font-bold">
        NTARS members
      </Link>
      {member ? (
        <form action={signOutAction}>
          <Link href="/account" className="mr-3 text-sm underline-offset-2 hover:underline">
            {member.name}
            {member.businessName ? ` · ${member.businessName}` : ''}
          </Link>
          <button type="submit" className="rounded border border-white px-3 py-1 text-sm">
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
