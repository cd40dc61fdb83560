/**
 * `npm run audit:verify`: checks the audit log's hash chain and lists every entry that was changed,
 * removed from the middle, or inserted out of order. Exits 1 when the chain is broken.
 */
import pg from 'pg'
import { verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { databaseUrl } from '@/lib/env/databaseUrl'

const client = new pg.Client({ connectionString: databaseUrl() })
await client.connect()
try {
  const status = await verifyAuditChain(client)
  if (status.intact) {
    console.log(`Audit log intact: ${status.checked} entries, each chained to the one before.`)
  } else {
    console.error(
      `The audit log has been tampered with: ${status.broken.length} of ${status.checked} entries fail the chain check (first at #${status.firstBreak.sequence ?? 'none'}: ${status.firstBreak.kind}).`,
    )
    for (const entry of status.broken.slice(0, 50))
      console.error(`  entry #${entry.id} (position ${entry.sequence ?? 'none'}): ${entry.problem}`)
    process.exitCode = 1
  }
} finally {
  await client.end()
}
