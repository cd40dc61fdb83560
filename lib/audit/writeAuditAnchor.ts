import { sign } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { AuditAnchorKeys } from '@/lib/env/auditAnchorKey'
import { londonNowLocal } from '@/lib/time/londonTime'
import { type AuditAnchor, anchorSignedText, auditAnchorFormat } from './auditAnchor'
import { auditAnchorKeyId } from './auditAnchorKeyId'
import { latestAuditEntry } from './latestAuditEntry'
import type { SqlClient } from './verifyAuditChain'

/**
 * Signs the newest audit entry and writes it as `audit-anchor-<UK day>.json` into `dir`: one file a day,
 * a later run the same day replacing it with the then newest entry. Written to a temporary name and
 * renamed, so a reader (or the copy off the server) never sees half a file. Null when the log is empty.
 */
export const writeAuditAnchor = async (
  client: SqlClient,
  { dir, keys, now = new Date() }: { dir: string; keys: AuditAnchorKeys; now?: Date },
): Promise<{ anchor: AuditAnchor; file: string } | null> => {
  const entry = await latestAuditEntry(client)
  if (!entry) return null
  const unsigned = {
    format: auditAnchorFormat,
    day: londonNowLocal(now).slice(0, 10),
    anchoredAt: now.toISOString(),
    entry,
    keyId: auditAnchorKeyId(keys.publicKey),
  } as const
  const signature = sign(null, Buffer.from(anchorSignedText(unsigned)), keys.privateKey).toString('base64')
  const anchor: AuditAnchor = { ...unsigned, signature }
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `audit-anchor-${anchor.day}.json`)
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, `${JSON.stringify(anchor, null, 2)}\n`)
  await rename(partial, file)
  return { anchor, file }
}
