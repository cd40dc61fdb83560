import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { postgresOf } from '@/lib/database/postgresOf'
import { uploadthingToken } from '@/lib/env/uploadthingToken'
import { checkReadiness, type Readiness } from './checkReadiness'
import { localUploadFolders } from './localUploadFolders'
import { withinTime } from './withinTime'

/**
 * This server's readiness for GET /api/ready, through Payload's own connection pool and configuration: the
 * migrations it expects are the ones it was configured with (migrations/index.ts), the folders its upload
 * collections write to. Payload not starting (first request with PostgreSQL down) counts as unreachable.
 */
export const appReadiness = async (): Promise<Readiness> => {
  const payload = await withinTime(getPayloadClient(), 10_000).catch(() => null)
  if (!payload) {
    return {
      ready: false,
      failed: { database: 'not reachable', migrations: 'not checked: the database is not reachable' },
    }
  }
  const db = postgresOf(payload)
  return checkReadiness({
    client: db.pool,
    migrations: (db.prodMigrations ?? []).map((migration) => migration.name),
    // With a token the upload collections' files go to UploadThing and their folders are not listed.
    store: { uploadthingToken: uploadthingToken() || undefined, folders: localUploadFolders(payload) },
  })
}
