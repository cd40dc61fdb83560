import type { Metadata } from 'next'
import type React from 'react'
import '../styles/globals.css'
import { MemberHeader } from '@/components/members/MemberHeader'
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
    <html lang="en-GB">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <MemberHeader member={member} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  )
}
