import { type SpawnOptions, spawn } from 'node:child_process'

/** Runs a command with inherited output; resolves on exit code 0, rejects otherwise. */
export const run = (command: string, args: string[], options: SpawnOptions = {}): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`))
    })
  })
