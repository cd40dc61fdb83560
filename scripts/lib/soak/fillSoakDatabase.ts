import { migrateDatabase } from '../migrateDatabase'
import { run as runCommand } from '../run'
import { copyDatabase } from './copyDatabase'
import { soakLog } from './soakLog'
import type { SoakRun } from './soakRun'

/**
 * Gives the new soak database its schema and demo data: a copy of --template (already migrated and seeded),
 * or the migrations and the demo seed. With --url the running app's database is used as it is.
 */
export const fillSoakDatabase = async (run: SoakRun, env: NodeJS.ProcessEnv, databaseUrl: string) => {
  if (run.options.template && run.server) {
    await copyDatabase(run.options.template, databaseUrl)
    soakLog(`Copied ${run.options.template} (migrated and seeded already)`)
  } else if (!run.options.url) {
    await migrateDatabase(env)
    await runCommand('npx', ['tsx', 'scripts/seed.ts'], { env: { ...env, NODE_ENV: 'development' } })
  }
}
