import { writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The replica's own configuration, written into its data folder: a Debian primary keeps postgresql.conf
 * and pg_hba.conf in /etc, so pg_basebackup copies neither. Its port, hot standby (it answers reads),
 * trust for local connections as on the primary, and the limits hot standby requires to be at least the
 * primary's. `pg_basebackup -R` has already put the primary's address in postgresql.auto.conf.
 */
export const writeReplicaConfig = (dataDir: string, port: number, mustMatch: Record<string, string>) => {
  const settings = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    'hot_standby = on',
    'hot_standby_feedback = on',
    "shared_buffers = '64MB'",
    ...Object.entries(mustMatch).map(([name, value]) => `${name} = ${value}`),
  ]
  writeFileSync(path.join(dataDir, 'postgresql.conf'), `${settings.join('\n')}\n`)
  writeFileSync(
    path.join(dataDir, 'pg_hba.conf'),
    'local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n',
  )
  writeFileSync(path.join(dataDir, 'pg_ident.conf'), '')
}
