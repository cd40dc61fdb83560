import { z } from 'zod'
import { erasureEntry } from './erasureEntry'

export const backupFormat = 'ntars-backup-1'

const storedFile = z.object({
  collection: z.string(),
  filename: z.string(),
  /** Where the bytes are in the archive (`files/<collection>/<filename>`); absent for UploadThing files. */
  path: z.string().optional(),
  /** The UploadThing key, when the file is kept there (the archive then holds only its hash). */
  key: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
})

export type StoredFileEntry = z.infer<typeof storedFile>

/** `manifest.json`, the last entry of every archive: what the snapshot held, to check a restore against. */
export const backupManifest = z.object({
  format: z.literal(backupFormat),
  createdAt: z.string(),
  appVersion: z.string(),
  database: z.object({
    path: z.literal('database.dump'),
    sha256: z.string(),
    bytes: z.number(),
    serverVersion: z.string(),
  }),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.number()),
  files: z.object({
    store: z.enum(['local', 'uploadthing']),
    entries: z.array(storedFile),
    /** Files the database refers to that were not in the store when the backup ran. */
    missing: z.array(z.object({ collection: z.string(), filename: z.string() })),
  }),
  audit: z.object({
    latest: z
      .object({ id: z.number(), sequence: z.number(), hash: z.string(), createdAt: z.string() })
      .nullable(),
  }),
  /** The erasures recorded up to the snapshot, to tell a ledger of this history from one of another. */
  erasures: z.array(erasureEntry),
})

export type BackupManifest = z.infer<typeof backupManifest>
