import type { ServerProps } from 'payload'
import { appIconUrl } from '@/features/schemeIdentity/appIconUrl'
import { iconVersionOf } from '@/features/schemeIdentity/iconVersionOf'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'

/**
 * The admin's small icon (top of the navigation, Payload's `graphics.Icon`): the scheme's app icon as the
 * site serves it, so the icon, logo or built-in shield, whichever the settings give.
 */
export const SchemeAdminIcon = async ({ payload }: ServerProps) => {
  const settings = await readSchemeSettings(payload)
  return (
    // biome-ignore lint/performance/noImgElement: the generated icon route, already sized and cached
    <img
      src={appIconUrl('icon-192.png', iconVersionOf(settings))}
      alt={settings.schemeName}
      style={{ height: 'calc(var(--base) * 1.5)', width: 'calc(var(--base) * 1.5)' }}
    />
  )
}
