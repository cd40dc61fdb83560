import { makeWebManifest } from '@/features/schemeIdentity/makeWebManifest'
import { schemeAssetResponse } from '@/features/schemeIdentity/schemeAssetResponse'

export const dynamic = 'force-dynamic'

/** The web app manifest, named and coloured by the scheme's settings (features/schemeIdentity/webManifestOf.ts). */
export const GET = (request: Request) =>
  schemeAssetResponse(request, 'site.webmanifest', (_payload, settings, version) =>
    makeWebManifest(settings, version),
  )
