import { createHash } from 'node:crypto'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { schemeImageOf } from '@/lib/settings/schemeImageOf'

/**
 * A short fingerprint of everything the icons and manifest are made from (icon, logo, colour, names).
 * Pages link to `/favicon.ico?v=<version>`: a changed setting changes the address, so browsers may keep
 * each version for a year and still pick up a new icon on their next page load.
 */
export const iconVersionOf = (settings: SchemeSettingsRead): string => {
  const image = (value: SchemeSettingsRead['logo']) => {
    const found = schemeImageOf(value)
    return found ? `${found.id}@${found.updatedAt}` : '-'
  }
  return createHash('sha256')
    .update(
      [
        image(settings.icon),
        image(settings.logo),
        settings.brandColour,
        settings.schemeName,
        settings.schemeFullName,
      ]
        .map(String)
        .join('\u0000'),
    )
    .digest('base64url')
    .slice(0, 12)
}
