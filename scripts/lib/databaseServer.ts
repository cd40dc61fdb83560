import path from 'node:path'
import { canConnect } from './canConnect'
import { type RunningPostgres, startEmbeddedPostgres } from './embeddedPostgres'

export const embeddedDir = path.resolve(process.env.NTARS_EMBEDDED_PG_DIR || '.data/postgres')
export const embeddedPort = Number(process.env.NTARS_EMBEDDED_PG_PORT || 54329)

/** The machine's own PostgreSQL, when one answers (CI and developer machines have one on 5432). */
export const localServerUrl = (database: string) => `postgres://postgres@127.0.0.1:5432/${database}`

/**
 * A PostgreSQL server for tests: the machine's at 127.0.0.1:5432 when it answers, else the embedded one.
 */
export const testDatabaseServer = async (): Promise<RunningPostgres> => {
  if (await canConnect(localServerUrl('postgres'))) {
    return { url: localServerUrl, stop: async () => {} }
  }
  console.log('No PostgreSQL on 127.0.0.1:5432; starting the embedded one for the tests.')
  return startEmbeddedPostgres(path.resolve('.data/postgres-test'), embeddedPort + 1)
}

/** The embedded server for `npm run dev` / `npm start` when DATABASE_URL is not set. */
export const embeddedDatabaseServer = (): Promise<RunningPostgres> =>
  startEmbeddedPostgres(embeddedDir, embeddedPort)
