import type { Metadata } from 'next'
import type React from 'react'
import '../styles/globals.css'

export const metadata: Metadata = { title: 'Members’ area', robots: { index: false, follow: false } }

export default function MembersLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  )
}
