import { makeFavicon } from '@/features/schemeIdentity/makeFavicon'
import { schemeAssetResponse } from '@/features/schemeIdentity/schemeAssetResponse'

// Made from the settings in the database on request (and kept per settings version), never at build.
export const dynamic = 'force-dynamic'

/** The favicon every browser asks for, from the scheme's icon or logo (docs/scheme-identity.md). */
export const GET = (request: Request) => schemeAssetResponse(request, 'favicon.ico', makeFavicon)
