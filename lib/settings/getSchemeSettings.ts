import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** Public scheme facts for the site's header, footer and home page. Read as the public. */
export const getSchemeSettings = async () => {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'scheme-settings',
    depth: 0,
    select: {
      schemeName: true,
      schemeFullName: true,
      townName: true,
      bidName: true,
      contact: true,
      emergencyGuidance: true,
    },
    overrideAccess: false,
  })
}
