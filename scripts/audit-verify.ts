/**
 * `npm run audit:verify`: checks the audit log's hash chain and lists every entry that was changed,
 * removed from the middle, or inserted out of order; then checks every daily anchor (docs/audit-chain.md)
 * against the anchor key and the log, which finds the newest entries removed or the whole chain rewritten.
 * Exits 1 when either check fails.
 */
import pg from 'pg'
import { auditAnchorFiles } from '@/lib/audit/auditAnchorFiles'
import { verifyAuditAnchors } from '@/lib/audit/verifyAuditAnchors'
import { verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { auditAnchorDir } from '@/lib/env/auditAnchorDir'
import { auditAnchorKey } from '@/lib/env/auditAnchorKey'
import { databaseUrl } from '@/lib/env/databaseUrl'

/** An anchor older than this means the daily job has stopped, or anchors were removed. */
const staleAfterDays = 2

const checkChain = async (client: pg.Client) => {
  const status = await verifyAuditChain(client)
  if (status.intact) {
    console.log(`Audit log intact: ${status.checked} entries, each chained to the one before.`)
    return true
  }
  console.error(
    `The audit log has been tampered with: ${status.broken.length} of ${status.checked} entries fail the chain check (first at #${status.firstBreak.sequence ?? 'none'}: ${status.firstBreak.kind}).`,
  )
  for (const entry of status.broken.slice(0, 50))
    console.error(`  entry #${entry.id} (position ${entry.sequence ?? 'none'}): ${entry.problem}`)
  return false
}

const checkAnchors = async (client: pg.Client) => {
  const dir = auditAnchorDir()
  // Without anchors there is nothing to check, and no need for the key (a fresh install, a development copy).
  if (!(await auditAnchorFiles(dir)).length) {
    console.warn(`No audit anchors in ${dir} yet: the daily anchorAuditChain job writes them.`)
    return true
  }
  const status = await verifyAuditAnchors(client, { dir, publicKey: auditAnchorKey().publicKey })
  const plural = status.checked === 1 ? 'anchor' : 'anchors'
  if (status.problems.length) {
    console.error(
      `${status.problems.length} of ${status.checked} ${plural} in ${dir} fail: the log was cut short or rewritten, or an anchor was forged.`,
    )
    for (const { file, problem } of status.problems) console.error(`  ${file}: ${problem}`)
    return false
  }
  const newest = status.newest
  console.log(
    `${status.checked} ${plural} checked: each signed with the anchor key, its entry still in the log as anchored` +
      (newest
        ? ` (newest ${newest.day}: entry #${newest.entry.id} at position ${newest.entry.sequence}).`
        : '.'),
  )
  if (newest && Date.now() - Date.parse(newest.anchoredAt) > staleAfterDays * 86_400_000) {
    console.warn(`The newest anchor is from ${newest.day}: is the daily anchorAuditChain job running?`)
  }
  return true
}

const client = new pg.Client({ connectionString: databaseUrl() })
await client.connect()
try {
  const chainIntact = await checkChain(client)
  const anchorsHold = await checkAnchors(client)
  if (!chainIntact || !anchorsHold) process.exitCode = 1
} finally {
  await client.end()
}
