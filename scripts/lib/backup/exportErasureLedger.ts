import { mkdir } from 'node:fs/promises'
import pg from 'pg'
import { readErasureLedgerNow } from './readErasureLedgerNow'
import { writeErasureLedger } from './writeErasureLedger'

/**
 * `npm run backup:erasures`: the erasure ledger alone, from the live database, for a restore of an older
 * archive to re-apply (cheap enough to run every hour). Returns the file written and how many erasures it holds.
 */
export const exportErasureLedger = async ({
  databaseUrl,
  backupDir,
  recipients,
}: {
  databaseUrl: string
  backupDir: string
  recipients: string[]
}): Promise<{ file: string; erasures: number }> => {
  await mkdir(backupDir, { recursive: true, mode: 0o700 })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('begin isolation level repeatable read, read only')
    const ledger = await readErasureLedgerNow(client)
    await client.query('commit')
    const file = await writeErasureLedger(backupDir, recipients, ledger)
    return { file, erasures: ledger.erasures.length }
  } finally {
    await client.end()
  }
}
