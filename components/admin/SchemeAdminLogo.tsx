import type { ServerProps } from 'payload'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { schemeImageOf } from '@/lib/settings/schemeImageOf'

/**
 * The admin's logo (sign-in and first-user screens, Payload's `graphics.Logo`): the scheme's uploaded logo
 * with its name, or the name alone. A server component: it reads the settings each time it renders.
 */
export const SchemeAdminLogo = async ({ payload }: ServerProps) => {
  const settings = await readSchemeSettings(payload)
  const logo = schemeImageOf(settings.logo)
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: 'calc(var(--base) / 2)' }}>
      {logo ? (
        // biome-ignore lint/performance/noImgElement: a small public media image in Payload's admin
        <img src={logo.url} alt="" style={{ height: 'calc(var(--base) * 3)', width: 'auto' }} />
      ) : null}
      <span style={{ fontSize: 'calc(var(--base) * 1.25)', fontWeight: 600, color: 'var(--theme-text)' }}>
        {settings.schemeName}
      </span>
    </span>
  )
}
