import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** What the privacy notice quotes: who runs the scheme, how to contact them, and every retention period. */
export const getPrivacySettings = async () => {
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
      retention: true,
      exclusions: true,
    },
    overrideAccess: false,
  })
}
