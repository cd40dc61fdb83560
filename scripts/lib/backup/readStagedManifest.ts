import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type BackupManifest, backupManifest } from './backupManifest'

/** The manifest of an unpacked archive, checked against its expected shape. */
export const readStagedManifest = async (staging: string): Promise<BackupManifest> => {
  const text = await readFile(path.join(staging, 'manifest.json'), 'utf8').catch(() => {
    throw new Error('The archive has no manifest.json: it is incomplete or not an NTARS backup.')
  })
  const parsed = backupManifest.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error('The archive manifest is not one this version of NTARS reads.')
  return parsed.data
}
