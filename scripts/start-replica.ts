/**
 * A streaming read replica of the machine's PostgreSQL, on this machine (docs/deploy.md, "Read replica"):
 *
 *   npx tsx scripts/start-replica.ts [--primary=postgres://postgres@127.0.0.1:5432/postgres]
 *                                    [--data-dir=.data/postgres-replica] [--port=5442]
 *                                    [--allow-replication] [--stop]
 *
 * The first run copies the primary with `pg_basebackup -R` (the whole server: every database) into the
 * data folder, writes the replica's own configuration and starts it with `pg_ctl` on --port; later runs
 * start the copy already there, which catches up by streaming. The primary must have `wal_level` replica
 * (Debian's default) and a `host replication` line in pg_hba.conf: --allow-replication adds one for
 * 127.0.0.1 and reloads the primary (nothing restarts, no connection is cut). Run as root, the server
 * tools run as the `postgres` account. Point the app at it with DATABASE_REPLICA_URLS.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { allowLocalReplication, replicationLine } from './lib/replica/allowLocalReplication'
import { asPostgresUser } from './lib/replica/asPostgresUser'
import { primarySettings } from './lib/replica/primarySettings'
import { parseReplicaOptions } from './lib/replica/replicaOptions'
import { writeReplicaConfig } from './lib/replica/writeReplicaConfig'

const options = parseReplicaOptions(process.argv.slice(2))
// Inside the data folder: the one place the postgres account is sure to be able to write.
const logFile = path.join(options.dataDir, 'replica.log')
const primaryUrl = new URL(options.primary)

const running = () => {
  try {
    asPostgresUser('pg_ctl', ['status', '-D', options.dataDir], { quiet: true })
    return true
  } catch {
    return false
  }
}

if (options.stop) {
  if (running()) asPostgresUser('pg_ctl', ['stop', '-D', options.dataDir, '-m', 'fast', '-w'])
  console.log('Replica stopped.')
  process.exit(0)
}

const settings = await primarySettings(options.primary)
if (!['replica', 'logical'].includes(settings.walLevel) || settings.maxWalSenders < 1) {
  console.error(
    `The primary cannot feed a replica: wal_level is ${settings.walLevel} and max_wal_senders ${settings.maxWalSenders}. ` +
      'Set wal_level = replica and max_wal_senders >= 2 in its postgresql.conf and restart it (this script never restarts it).',
  )
  process.exit(1)
}

const postgresAccount = () => {
  if (process.getuid?.() !== 0) return null
  const ids = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: ids('-u'), gid: ids('-g') }
}
const account = postgresAccount()
const ownedByPostgres = (file: string) => {
  if (account) chownSync(file, account.uid, account.gid)
}

const copied = existsSync(path.join(options.dataDir, 'PG_VERSION'))
if (!copied) {
  mkdirSync(options.dataDir, { recursive: true })
  if (readdirSync(options.dataDir).length)
    throw new Error(`${options.dataDir} is not empty and holds no copy`)
  chmodSync(options.dataDir, 0o700)
  ownedByPostgres(options.dataDir)
  chmodSync(path.dirname(options.dataDir), 0o755)
  const backup = [
    '-h',
    primaryUrl.hostname,
    '-p',
    primaryUrl.port || '5432',
    '-U',
    decodeURIComponent(primaryUrl.username || 'postgres'),
    '-D',
    options.dataDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]
  try {
    asPostgresUser('pg_basebackup', backup, { quiet: true })
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? error)
    if (!/no pg_hba\.conf entry for replication/.test(message)) throw new Error(message)
    if (!options.allowReplication) {
      console.error(
        `The primary refuses replication connections. Add "${replicationLine}" to ${settings.hbaFile} and ` +
          'reload it (SELECT pg_reload_conf()), or run this script with --allow-replication to do just that.',
      )
      process.exit(1)
    }
    if (await allowLocalReplication(options.primary, settings.hbaFile))
      console.log(`Added "${replicationLine}" to ${settings.hbaFile} and reloaded the primary.`)
    asPostgresUser('pg_basebackup', backup)
  }
  console.log(`Copied the primary into ${options.dataDir}`)
}
writeReplicaConfig(options.dataDir, options.port, settings.mustMatch)
for (const file of ['postgresql.conf', 'pg_hba.conf', 'pg_ident.conf'])
  ownedByPostgres(path.join(options.dataDir, file))

if (!running()) {
  asPostgresUser('pg_ctl', ['start', '-D', options.dataDir, '-l', logFile, '-w', '-t', '120'], {
    quiet: true,
  })
}
const replicaUrl = new URL(options.primary)
replicaUrl.port = String(options.port)
const client = new pg.Client({ connectionString: replicaUrl.toString() })
await client.connect()
const state = await client.query<{ standby: boolean; lag: string | null }>(
  'SELECT pg_is_in_recovery() AS standby, (now() - pg_last_xact_replay_timestamp())::text AS lag',
)
await client.end()
if (!state.rows[0]?.standby) throw new Error(`The server on port ${options.port} is not a standby`)
console.log(
  `Replica streaming on port ${options.port} (${state.rows[0]?.lag ? `last transaction replayed ${state.rows[0].lag} ago` : 'nothing replayed yet'}); ` +
    `log in ${logFile}. For the app: DATABASE_REPLICA_URLS=postgres://postgres@127.0.0.1:${options.port}/<database>`,
)
