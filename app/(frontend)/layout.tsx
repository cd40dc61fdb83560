import type { Metadata } from 'next'
import type React from 'react'
import '../styles/globals.css'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { siteUrl } from '@/lib/env/siteUrl'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  const description = `${settings.schemeFullName ?? settings.schemeName}: businesses, police and partners keeping ${settings.townName} safe.`
  return {
    // Pages give relative addresses (canonical, Open Graph); this makes them absolute.
    metadataBase: new URL(siteUrl()),
    title: { default: settings.schemeName, template: `%s · ${settings.schemeName}` },
    description,
    openGraph: { siteName: settings.schemeName, locale: 'en_GB', type: 'website', description },
  }
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSchemeSettings()
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader schemeName={settings.schemeName} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
