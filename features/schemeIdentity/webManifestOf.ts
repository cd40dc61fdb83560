import type { MetadataRoute } from 'next'
import { brandColoursOf } from '@/lib/brand/brandColoursOf'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { schemeTitleOf } from '@/lib/settings/schemeTitleOf'
import { appIconUrl } from './appIconUrl'

/**
 * The web app manifest (`/site.webmanifest`): the one place that says what the site is as an app. Names
 * and theme colour come from the scheme's settings, icons from its icon or logo. Installed, it opens on the
 * report form in its own window (docs/offline-app.md): the one thing a member needs fast, signal or not.
 */
export const webManifestOf = (settings: SchemeSettingsRead, version: string): MetadataRoute.Manifest => ({
  id: '/',
  name: schemeTitleOf(settings),
  short_name: settings.schemeName,
  description: `${schemeTitleOf(settings)}: businesses, police and partners working together in ${settings.townName}.`,
  lang: 'en-GB',
  start_url: '/report',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  background_color: '#ffffff',
  theme_color: brandColoursOf(settings.brandColour).brand,
  icons: [
    { src: appIconUrl('icon-192.png', version), sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: appIconUrl('icon-512.png', version), sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: appIconUrl('icon-maskable-512.png', version),
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
  shortcuts: [
    { name: 'Report an incident', url: '/report' },
    { name: 'Offender gallery', url: '/offenders' },
  ],
})
