import type { Metadata } from 'next'
import type React from 'react'
import '../styles/globals.css'
import { MemberHeader } from '@/components/members/MemberHeader'
import { PageShell } from '@/components/shared/PageShell'
import { currentMember } from '@/lib/auth/currentMember'

export const metadata: Metadata = {
  title: { default: 'Members’ area', template: '%s · NTARS members' },
  robots: { index: false, follow: false },
}

// Members' pages hold personal data: always rendered per request, never cached.
export const dynamic = 'force-dynamic'

export default async function MembersLayout({ children }: { children: React.ReactNode }) {
  const member = await currentMember()
  return (
    <PageShell
      background="bg-slate-50"
      header={<MemberHeader member={member} />}
      mainClassName="mx-auto max-w-3xl px-4 py-6"
    >
      {children}
    </PageShell>
  )
}
