import type { Metadata, Viewport } from 'next'
import type React from 'react'
import '../styles/globals.css'
import { PageShell } from '@/components/shared/PageShell'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { iconMetadataOf, themeViewportOf } from '@/features/schemeIdentity/iconMetadataOf'
import { siteUrl } from '@/lib/env/siteUrl'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'
import { schemeImageOf } from '@/lib/settings/schemeImageOf'
import { schemeTitleOf } from '@/lib/settings/schemeTitleOf'

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  const description = `${schemeTitleOf(settings)}: businesses, police and partners keeping ${settings.townName} safe.`
  return {
    // Pages give relative addresses (canonical, Open Graph); this makes them absolute.
    metadataBase: new URL(siteUrl()),
    title: { default: settings.schemeName, template: `%s · ${settings.schemeName}` },
    description,
    openGraph: { siteName: settings.schemeName, locale: 'en_GB', type: 'website', description },
    ...iconMetadataOf(settings),
  }
}

export const generateViewport = async (): Promise<Viewport> => themeViewportOf(await getSchemeSettings())

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSchemeSettings()
  return (
    <PageShell
      brandColour={settings.brandColour}
      background="bg-white"
      header={<SiteHeader schemeName={settings.schemeName} logo={schemeImageOf(settings.logo)} />}
      mainClassName="mx-auto max-w-5xl px-4 py-8"
      footer={<SiteFooter settings={settings} />}
    >
      {children}
    </PageShell>
  )
}
