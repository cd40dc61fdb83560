import { createDatabase } from '../createDatabase'
import { soakDatabaseServer } from './soakDatabaseServer'
import { soakLog } from './soakLog'
import type { SoakRun } from './soakRun'

/** A throwaway `ntars_soak_*` database on the machine's or a private embedded PostgreSQL; returns its URL. */
export const createSoakDatabase = async (run: SoakRun): Promise<string> => {
  run.server = await soakDatabaseServer(run.options.embeddedDb)
  run.database = `ntars_soak_${process.pid}_${Date.now().toString(36)}`
  const databaseUrl = run.server.url(run.database)
  await createDatabase(run.server.url('postgres'), run.database)
  soakLog(`Database ${run.database} on the ${run.server.kind} PostgreSQL; files in ${run.workDir}`)
  return databaseUrl
}
