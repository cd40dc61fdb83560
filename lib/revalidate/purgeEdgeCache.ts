import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { edgeCacheDir } from '@/lib/env/edgeCacheDir'

/**
 * Empties the nginx cache in front of the app (deploy/nginx.conf) when staff publish, so the public never
 * waits out a page's s-maxage. Open-source nginx has no purge command; deleting its cache files is the
 * documented way (a missing file is a miss). Everything goes, not just the changed page: client-side
 * navigation caches each page again under `?_rsc=…` keys no one can list, and the public site is small
 * enough to refill in seconds. Only when NTARS_EDGE_CACHE_DIR names the directory (app and nginx on one host
 * or a shared volume); elsewhere it does nothing.
 */
export const purgeEdgeCache = (cacheDir = edgeCacheDir()): number => {
  if (!cacheDir) return 0
  let removed = 0
  let entries: string[]
  try {
    entries = readdirSync(cacheDir)
  } catch {
    return 0 // nothing cached yet
  }
  for (const entry of entries) {
    rmSync(path.join(cacheDir, entry), { recursive: true, force: true })
    removed++
  }
  return removed
}
