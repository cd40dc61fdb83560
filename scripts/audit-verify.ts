/**
 * `npm run audit:verify`: checks the audit log's hash chain and lists every entry that was changed,
 * removed from the middle, or inserted out of order. Exits 1 when the chain is broken.
 */
import pg from 'pg'
import { findBrokenAuditEntries } from '@/lib/audit/auditChainSql'
import { databaseUrl } from '@/lib/env/databaseUrl'

const client = new pg.Client({ connectionString: databaseUrl() })
await client.connect()
try {
  const broken = await findBrokenAuditEntries(client)
  const { rows } = await client.query('select count(*)::int as count from audit_log')
  const count = (rows[0] as { count: number }).count
  if (broken.length) {
    console.error(
      `The audit log has been tampered with: ${broken.length} of ${count} entries fail the chain check.`,
    )
    for (const entry of broken.slice(0, 50))
      console.error(`  entry #${entry.id} (position ${entry.sequence ?? 'none'}): ${entry.problem}`)
    process.exitCode = 1
  } else {
    console.log(`Audit log intact: ${count} entries, each chained to the one before.`)
  }
} finally {
  await client.end()
}
