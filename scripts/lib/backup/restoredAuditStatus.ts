import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { auditAnchorFiles } from '@/lib/audit/auditAnchorFiles'
import { type AnchorProblem, verifyAuditAnchors } from '@/lib/audit/verifyAuditAnchors'
import { type AuditChainStatus, type SqlClient, verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { auditAnchorKey } from '@/lib/env/auditAnchorKey'

export type RestoredAuditStatus = {
  chain: AuditChainStatus
  anchorsChecked: number
  /** Anchors that fail for a reason a restore does not explain: forged, or an entry the backup had. */
  anchorProblems: AnchorProblem[]
  /** Genuine anchors of entries written after the snapshot: that part of the log was lost with the restore. */
  newerAnchors: string[]
}

const anchoredSequence = async (file: string): Promise<number | null> => {
  try {
    const sequence = JSON.parse(await readFile(file, 'utf8'))?.entry?.sequence
    return Number.isInteger(sequence) ? sequence : null
  } catch {
    return null
  }
}

/**
 * `npm run audit:verify`'s two checks on the restored log: the hash chain, and the daily anchors. An anchor
 * of an entry after the snapshot cannot match (the log since the backup is gone, and new entries take its
 * positions): it is reported apart, for the operator to move out of the anchor folder, not as tampering.
 */
export const restoredAuditStatus = async (
  client: SqlClient,
  { anchorDir, snapshotSequence }: { anchorDir: string; snapshotSequence: number },
): Promise<RestoredAuditStatus> => {
  const chain = await verifyAuditChain(client)
  if (!(await auditAnchorFiles(anchorDir)).length) {
    return { chain, anchorsChecked: 0, anchorProblems: [], newerAnchors: [] }
  }
  const anchors = await verifyAuditAnchors(client, { dir: anchorDir, publicKey: auditAnchorKey().publicKey })
  const anchorProblems: AnchorProblem[] = []
  const newerAnchors: string[] = []
  for (const problem of anchors.problems) {
    const sequence = await anchoredSequence(path.join(anchorDir, problem.file))
    const lostEntry = /is missing|no longer has the anchored hash/.test(problem.problem)
    if (lostEntry && sequence !== null && sequence > snapshotSequence) newerAnchors.push(problem.file)
    else anchorProblems.push(problem)
  }
  return { chain, anchorsChecked: anchors.checked, anchorProblems, newerAnchors }
}
