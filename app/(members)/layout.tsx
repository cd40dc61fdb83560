import type { Metadata, Viewport } from 'next'
import type React from 'react'
import '../styles/globals.css'
import { MemberHeader } from '@/components/members/MemberHeader'
import { OfflineApp } from '@/components/offline/OfflineApp'
import { PageShell } from '@/components/shared/PageShell'
import { iconMetadataOf, themeViewportOf } from '@/features/schemeIdentity/iconMetadataOf'
import { currentMember } from '@/lib/auth/currentMember'
import { offlineGalleryMinutes } from '@/lib/env/offlineGalleryMinutes'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'
import { schemeImageOf } from '@/lib/settings/schemeImageOf'

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  return {
    title: { default: 'Members’ area', template: `%s · ${settings.schemeName} members` },
    robots: { index: false, follow: false },
    ...iconMetadataOf(settings),
  }
}

export const generateViewport = async (): Promise<Viewport> => themeViewportOf(await getSchemeSettings())

// Members' pages hold personal data: always rendered per request, never cached.
export const dynamic = 'force-dynamic'

export default async function MembersLayout({ children }: { children: React.ReactNode }) {
  const [member, settings] = await Promise.all([currentMember(), getSchemeSettings()])
  return (
    <PageShell
      brandColour={settings.brandColour}
      background="bg-slate-50"
      header={
        <MemberHeader member={member} schemeName={settings.schemeName} logo={schemeImageOf(settings.logo)} />
      }
      mainClassName="mx-auto max-w-3xl px-4 py-6"
    >
      {children}
      <OfflineApp memberId={member?.id ?? null} minutes={offlineGalleryMinutes()} />
    </PageShell>
  )
}
