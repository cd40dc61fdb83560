import type { Metadata } from 'next'
import type React from 'react'
import '../styles/globals.css'
import { PageShell } from '@/components/shared/PageShell'

export const metadata: Metadata = {
  title: { default: 'Staff sign-in', template: '%s · NTARS admin' },
  robots: { index: false, follow: false },
}

// Sign-in pages set cookies and show one-time secrets: rendered per request, never cached.
export const dynamic = 'force-dynamic'

/** The staff sign-in pages: outside Payload's admin shell, which only opens once signed in. */
export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <PageShell background="bg-slate-50" mainClassName="mx-auto max-w-md px-4 py-10">
      {children}
    </PageShell>
  )
}
