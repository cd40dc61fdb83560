import type { SqlClient } from '@/lib/audit/verifyAuditChain'
import { databaseProblem } from './databaseProblem'
import { missingMigrations } from './missingMigrations'
import { type FileStore, storeProblem } from './storeProblem'

export type ReadinessCheck = 'database' | 'migrations' | 'store'

/** Ready, or each failed check with what is wrong: no data, no paths, no connection details. */
export type Readiness = { ready: true } | { ready: false; failed: Partial<Record<ReadinessCheck, string>> }

type ReadinessInputs = {
  client: SqlClient
  /** The migrations the app was built with (migrations/index.ts), by name. */
  migrations: string[]
  store: FileStore
}

/**
 * Whether this instance can serve requests: PostgreSQL answers, every migration the app expects is
 * applied, and uploaded files can be stored. The migrations are only checked once the database answers.
 */
export const checkReadiness = async ({ client, migrations, store }: ReadinessInputs): Promise<Readiness> => {
  const failed: Partial<Record<ReadinessCheck, string>> = {}
  const [database, storeFailure] = await Promise.all([databaseProblem(client), storeProblem(store)])
  if (database) {
    failed.database = database
    failed.migrations = 'not checked: the database is not reachable'
  } else {
    const missing = await missingMigrations(client, migrations).catch(() => null)
    if (!missing) failed.migrations = 'the applied migrations could not be read'
    else if (missing.length) failed.migrations = `not applied: ${missing.join(', ')}`
  }
  if (storeFailure) failed.store = storeFailure
  return Object.keys(failed).length ? { ready: false, failed } : { ready: true }
}
