import type { SqlClient } from '@/lib/audit/verifyAuditChain'
import { uploadCollections } from './uploadCollections'

export type ReferencedFile = { collection: string; filename: string; key?: string }

/** `filename` (the original) and `sizes_<size>_filename` (each image size). */
const filenameColumn = /^(sizes_[a-z0-9_]+_)?filename$/

/**
 * Every stored file the database refers to: each upload's original and each of its image sizes, with the
 * UploadThing key (`_key`, `sizes_<size>__key`) when the file is kept there. The size columns are read from
 * the schema, so a new image size needs no change here.
 */
export const referencedFiles = async (client: SqlClient): Promise<ReferencedFile[]> => {
  const files = new Map<string, ReferencedFile>()
  for (const collection of uploadCollections) {
    const { rows: columns } = await client.query(
      `select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = $1`,
      [collection],
    )
    const names = new Set((columns as { name: string }[]).map((column) => column.name))
    for (const name of [...names].filter((column) => filenameColumn.test(column))) {
      const keyColumn = name.replace(/filename$/, '_key')
      const key = names.has(keyColumn) ? `"${keyColumn}"` : 'null'
      const { rows } = await client.query(
        `select "${name}" as filename, ${key} as key from public."${collection}" where "${name}" is not null`,
      )
      for (const row of rows as { filename: string; key: string | null }[]) {
        files.set(`${collection}/${row.filename}`, {
          collection,
          filename: row.filename,
          ...(row.key ? { key: row.key } : {}),
        })
      }
    }
  }
  return [...files.values()].sort((a, b) =>
    `${a.collection}/${a.filename}`.localeCompare(`${b.collection}/${b.filename}`),
  )
}
