import { type KeyObject, verify } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { type AuditAnchor, anchorSignedText, auditAnchorFormat } from './auditAnchor'
import { auditAnchorFiles } from './auditAnchorFiles'
import { auditAnchorKeyId } from './auditAnchorKeyId'
import type { SqlClient } from './verifyAuditChain'

export type AnchorProblem = { file: string; problem: string }

export type AuditAnchorsStatus = {
  checked: number
  /** The newest anchor that checks out: how far back the log is known to be whole. */
  newest: AuditAnchor | null
  problems: AnchorProblem[]
}

const anchorShape = z.object({
  format: z.literal(auditAnchorFormat),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  anchoredAt: z.string(),
  entry: z.object({
    id: z.number().int().positive(),
    sequence: z.number().int().positive(),
    hash: z.string(),
    createdAt: z.string(),
  }),
  keyId: z.string(),
  signature: z.string(),
})

const readAnchor = async (file: string): Promise<AuditAnchor | null> => {
  try {
    const parsed = anchorShape.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** What is wrong with one anchor, or null when it is genuine and its entry is still in the log as anchored. */
const anchorProblem = async (client: SqlClient, publicKey: KeyObject, anchor: AuditAnchor | null) => {
  if (!anchor) return 'not an audit anchor (unreadable or incomplete)'
  const { signature, ...signed } = anchor
  const keyId = auditAnchorKeyId(publicKey)
  if (signed.keyId !== keyId) return `signed with another key (${signed.keyId}; the anchor key is ${keyId})`
  const genuine = verify(
    null,
    Buffer.from(anchorSignedText(signed)),
    publicKey,
    Buffer.from(signature, 'base64'),
  )
  if (!genuine) return 'the signature does not match: forged or changed'
  const { rows } = await client.query('select hash from audit_log where id = $1', [anchor.entry.id])
  const entry = `the anchored entry #${anchor.entry.id} (position ${anchor.entry.sequence})`
  const stored = rows[0] as { hash: string | null } | undefined
  if (!stored) return `${entry} is missing`
  if (stored.hash !== anchor.entry.hash) return `${entry} no longer has the anchored hash`
  return null
}

/**
 * Checks every daily anchor in `dir` (docs/audit-chain.md): its signature against the anchor key, and that
 * the entry it anchored is still in the audit log with exactly that hash. With the chain check
 * (verifyAuditChain) this finds the newest entries removed and the whole chain rewritten, up to the last
 * anchor. Runs on the client it is given, so a check inside a transaction sees that transaction.
 */
export const verifyAuditAnchors = async (
  client: SqlClient,
  { dir, publicKey }: { dir: string; publicKey: KeyObject },
): Promise<AuditAnchorsStatus> => {
  const problems: AnchorProblem[] = []
  let newest: AuditAnchor | null = null
  const files = await auditAnchorFiles(dir)
  for (const file of files) {
    const anchor = await readAnchor(path.join(dir, file))
    const problem = await anchorProblem(client, publicKey, anchor)
    if (problem) problems.push({ file, problem })
    else if (anchor && (!newest || anchor.entry.sequence > newest.entry.sequence)) newest = anchor
  }
  return { checked: files.length, newest, problems }
}
