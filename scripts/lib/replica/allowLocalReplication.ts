import { appendFileSync, readFileSync } from 'node:fs'
import pg from 'pg'

export const replicationLine = 'host replication postgres 127.0.0.1/32 trust'

/**
 * Lets the replica on this machine stream from the primary: `host all all` in pg_hba.conf does not cover
 * replication connections, which need their own line. Appends it (once) and reloads the primary's
 * configuration (`pg_reload_conf()`: no restart, no connection is cut). Needs write access to the file.
 */
export const allowLocalReplication = async (primary: string, hbaFile: string): Promise<boolean> => {
  const current = readFileSync(hbaFile, 'utf8')
  const present = current.split('\n').some((line) => /^\s*(host|local)\s+replication\s/.test(line))
  if (present) return false
  appendFileSync(
    hbaFile,
    `${current.endsWith('\n') ? '' : '\n'}# A local streaming replica (NTARS scripts/start-replica.ts)\n${replicationLine}\n`,
  )
  const client = new pg.Client({ connectionString: primary })
  await client.connect()
  try {
    await client.query('SELECT pg_reload_conf()')
  } finally {
    await client.end()
  }
  return true
}
