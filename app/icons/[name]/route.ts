import { isAppIconName } from '@/features/schemeIdentity/iconSizes'
import { makeAppIcon } from '@/features/schemeIdentity/makeAppIcon'
import { schemeAssetResponse } from '@/features/schemeIdentity/schemeAssetResponse'

export const dynamic = 'force-dynamic'

/** The PNG app icons the pages and manifest link to (docs/scheme-identity.md). */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params
  if (!isAppIconName(name)) return new Response('No such icon.', { status: 404 })
  return schemeAssetResponse(request, name, (payload, settings) => makeAppIcon(payload, settings, name))
}
