import { rmSync } from 'node:fs'
import { dropDatabase } from '../createDatabase'
import { soakLog } from './soakLog'
import type { SoakRun } from './soakRun'

/** Stops nginx, the app instances and the stand-in, drops the soak database and removes its files (unless --keep). */
export const cleanUpSoak = async (run: SoakRun) => {
  await run.nginx?.stop().catch(() => {})
  for (const app of new Set([run.app, ...run.apps])) await app?.stop().catch(() => {})
  await run.standIn?.close().catch(() => {})
  if (run.server && run.database && !run.options.keep) {
    await dropDatabase(run.server.url('postgres'), run.database).catch((error) =>
      console.error('Could not drop the soak database:', error),
    )
  }
  if (!run.options.keep) rmSync(run.workDir, { recursive: true, force: true })
  else soakLog(`Kept database ${run.database} and files in ${run.workDir}`)
  await run.server?.stop().catch(() => {})
}
