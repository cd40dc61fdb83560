import type { Metadata, Viewport } from 'next'
import type React from 'react'
import '../styles/globals.css'
import { PageShell } from '@/components/shared/PageShell'
import { iconMetadataOf, themeViewportOf } from '@/features/schemeIdentity/iconMetadataOf'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  return {
    title: { default: 'Staff sign-in', template: `%s · ${settings.schemeName} admin` },
    robots: { index: false, follow: false },
    ...iconMetadataOf(settings),
  }
}

export const generateViewport = async (): Promise<Viewport> => themeViewportOf(await getSchemeSettings())

// Sign-in pages set cookies and show one-time secrets: rendered per request, never cached.
export const dynamic = 'force-dynamic'

/** The staff sign-in pages: outside Payload's admin shell, which only opens once signed in. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const { brandColour } = await getSchemeSettings()
  return (
    <PageShell brandColour={brandColour} background="bg-slate-50" mainClassName="mx-auto max-w-md px-4 py-10">
      {children}
    </PageShell>
  )
}
