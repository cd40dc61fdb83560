import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { Acknowledged, SoakContext } from './virtualMember'

export type Verification = {
  acknowledged: number
  acknowledgedWithPhoto: number
  lost: string[]
  photosMissing: string[]
  duplicates: number
  unacknowledgedSent: number
  unacknowledgedFiled: number
  incidentsWithMissingFiles: number
  evidenceWithoutIncident: number
  orphanFiles: number
}

/**
 * After the run, from the database itself: every acknowledged report is there, under its key and reporter,
 * with its photo row and the photo's file on the store; no key was filed twice; and nothing is half-written
 * (a soak member's incident whose photo file is missing, a photo with no incident, a file no row points at).
 */
export const verifySoak = async ({
  databaseUrl,
  storageDir,
  storedKeys,
  context,
  memberIds,
}: {
  databaseUrl: string
  /** The local evidence folder, or null when files are on UploadThing (then `storedKeys` is used). */
  storageDir: string | null
  storedKeys: Set<string> | null
  context: SoakContext
  memberIds: number[]
}): Promise<Verification> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const fileExists = (row: { filename: string | null; key: string | null }) =>
      storedKeys
        ? Boolean(row.key && storedKeys.has(row.key))
        : Boolean(storageDir && row.filename && existsSync(path.join(storageDir, row.filename)))
    const acknowledged: Acknowledged[] = context.acknowledged
    const ids = acknowledged.map((entry) => entry.id)
    const incidents = await client.query<{ id: number; key: string | null; reporter: number }>(
      'select id, idempotency_key as key, reporter_id as reporter from incidents where id = any($1)',
      [ids],
    )
    const byId = new Map(incidents.rows.map((row) => [row.id, row]))
    const lost = acknowledged
      .filter((entry) => {
        const row = byId.get(entry.id)
        return !row || row.key !== entry.key || row.reporter !== entry.member
      })
      .map((entry) => entry.reference)
    const photos = await client.query<{ incident: number; filename: string | null; key: string | null }>(
      `select r.parent_id as incident, e.filename, e._key as key
         from incidents_rels r join evidence e on e.id = r.evidence_id
        where r.path = 'evidence' and r.parent_id = any($1)`,
      [ids],
    )
    const storedPhotoOf = new Set(photos.rows.filter(fileExists).map((row) => row.incident))
    const photosMissing = acknowledged
      .filter((entry) => entry.withPhoto && !storedPhotoOf.has(entry.id))
      .map((entry) => entry.reference)
    const keys = [
      ...acknowledged.map((entry) => entry.key),
      ...context.unacknowledged.map((entry) => entry.key),
    ]
    const duplicates = await client.query(
      'select idempotency_key from incidents where idempotency_key = any($1) group by idempotency_key having count(*) > 1',
      [keys],
    )
    const unacknowledgedFiled = await client.query(
      'select count(*)::int as n from incidents where idempotency_key = any($1)',
      [context.unacknowledged.map((entry) => entry.key)],
    )
    const soakPhotos = await client.query<{ incident: number; filename: string | null; key: string | null }>(
      `select r.parent_id as incident, e.filename, e._key as key
         from incidents i join incidents_rels r on r.parent_id = i.id and r.path = 'evidence'
         join evidence e on e.id = r.evidence_id
        where i.reporter_id = any($1)`,
      [memberIds],
    )
    const incidentsWithMissingFiles = new Set(
      soakPhotos.rows.filter((row) => !fileExists(row)).map((row) => row.incident),
    ).size
    const loose = await client.query<{ n: number }>(
      'select count(*)::int as n from evidence where uploaded_by_id = any($1) and incident_id is null',
      [memberIds],
    )
    let orphanFiles = 0
    if (storageDir && existsSync(storageDir)) {
      const known = await client.query<{ name: string }>(
        'select filename as name from evidence where filename is not null union select sizes_thumbnail_filename from evidence where sizes_thumbnail_filename is not null',
      )
      const names = new Set(known.rows.map((row) => row.name))
      orphanFiles = readdirSync(storageDir).filter((name) => !names.has(name)).length
    } else if (storedKeys) {
      const known = await client.query<{ key: string }>(
        'select _key as key from evidence where _key is not null union select sizes_thumbnail__key from evidence where sizes_thumbnail__key is not null',
      )
      const names = new Set(known.rows.map((row) => row.key))
      orphanFiles = [...storedKeys].filter((key) => !names.has(key)).length
    }
    return {
      acknowledged: acknowledged.length,
      acknowledgedWithPhoto: acknowledged.filter((entry) => entry.withPhoto).length,
      lost,
      photosMissing,
      duplicates: duplicates.rowCount ?? 0,
      unacknowledgedSent: context.unacknowledged.length,
      unacknowledgedFiled: unacknowledgedFiled.rows[0]?.n ?? 0,
      incidentsWithMissingFiles,
      evidenceWithoutIncident: loose.rows[0]?.n ?? 0,
      orphanFiles,
    }
  } finally {
    await client.end()
  }
}
