import type { Metadata, Viewport } from 'next'
import { brandColoursOf } from '@/lib/brand/brandColoursOf'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { appIconUrl, faviconUrl, manifestUrl } from './appIconUrl'
import { iconVersionOf } from './iconVersionOf'

/**
 * The favicon, app icons and manifest links for a layout's metadata, all made from the scheme's settings,
 * and iOS's own words for an installed web app (it reads no manifest for the title or full-screen window).
 */
export const iconMetadataOf = (
  settings: SchemeSettingsRead,
): Pick<Metadata, 'icons' | 'manifest' | 'appleWebApp'> => {
  const version = iconVersionOf(settings)
  return {
    icons: {
      icon: [
        { url: faviconUrl(version), sizes: '48x48' },
        { url: appIconUrl('icon-32.png', version), type: 'image/png', sizes: '32x32' },
        { url: appIconUrl('icon-192.png', version), type: 'image/png', sizes: '192x192' },
      ],
      apple: [{ url: appIconUrl('apple-touch-icon.png', version), sizes: '180x180' }],
    },
    manifest: manifestUrl(version),
    appleWebApp: { capable: true, title: settings.schemeName, statusBarStyle: 'default' },
  }
}

/** The browser's theme colour (address bar on phones): the scheme's brand colour. */
export const themeViewportOf = (settings: SchemeSettingsRead): Viewport => ({
  themeColor: brandColoursOf(settings.brandColour).brand,
})
