import { spawn } from 'node:child_process'
import { localServerUrl } from '../databaseServer'

/**
 * Fills the (empty) soak database from an already migrated and seeded one on the machine's PostgreSQL, with
 * pg_dump piped into psql: seconds instead of the minutes a seed takes on a busy machine, and it works into
 * the embedded server too (a newer PostgreSQL restores an older one's plain dump).
 */
export const copyDatabase = (template: string, targetUrl: string): Promise<void> =>
  new Promise((resolve, reject) => {
    if (!/^[a-z0-9_]+$/.test(template)) return reject(new Error(`Unsafe database name: ${template}`))
    const dump = spawn('pg_dump', ['--no-owner', '--no-privileges', localServerUrl(template)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const restore = spawn('psql', ['--quiet', '--set', 'ON_ERROR_STOP=1', targetUrl], {
      stdio: ['pipe', 'ignore', 'inherit'],
    })
    dump.stdout.pipe(restore.stdin)
    let failed = false
    dump.on('exit', (code) => {
      if (code !== 0) {
        failed = true
        restore.kill()
        reject(new Error(`pg_dump ${template} exited with ${code}`))
      }
    })
    restore.on('exit', (code) => {
      if (failed) return
      if (code === 0) resolve()
      else reject(new Error(`psql restore exited with ${code}`))
    })
  })
