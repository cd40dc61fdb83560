import { spawn } from 'node:child_process'
import { postgresTool } from './postgresTool'

/**
 * Runs `pg_dump` or `pg_restore` and resolves when it succeeds. On failure the error carries the tool's own
 * message (a version mismatch, a refused connection); never the arguments, which hold the connection string.
 */
export const runPostgresTool = (name: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(postgresTool(name), args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000)
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${name} was not found. Install PostgreSQL's client tools of the server's major version or newer (Debian: postgresql-client-<version>), or set NTARS_PG_BIN to their folder.`,
            )
          : error,
      )
    })
    // 'close' waits for stderr to be read to its end, so the message is whole; 'exit' may come first.
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'no message'}`))
    })
  })
