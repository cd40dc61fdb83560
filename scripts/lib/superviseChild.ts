import { type ChildProcess, spawn } from 'node:child_process'

/**
 * Runs the app server as a child and, when it ends or this process is told to stop, runs `cleanup`
 * (stopping the embedded database) before exiting with the child's code.
 */
export const superviseChild = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cleanup: () => Promise<void>,
) => {
  const child: ChildProcess = spawn(command, args, { stdio: 'inherit', env })
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    await cleanup().catch((error) => console.error('Could not stop the database cleanly:', error))
    process.exit(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      child.kill(signal)
    })
  }
  child.on('exit', (code) => void stop(code ?? 0))
}
