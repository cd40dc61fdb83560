import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { assertPortFree } from './assertPortFree'

export type StartedApp = {
  url: string
  /** The server process itself (`node …/next start`), whose memory the benchmark reports. */
  pid: number
  /** Whether the server has ended (on its own, or through `stop`). */
  exited: () => boolean
  stop: () => Promise<void>
  /** Ends the server at once (SIGKILL), as a crash or an out-of-memory kill would. */
  kill: () => Promise<void>
}

type StartOptions = {
  /** The app's environment: database, secrets, storage. NODE_ENV, PORT and SITE_URL are set here. */
  env: NodeJS.ProcessEnv
  port: number
  /** Where the server's output goes; without one, its errors go to this process's stderr. */
  logFile?: string
  timeoutMs?: number
  /** The public address (SITE_URL) when it is not the app itself: nginx in front of several instances. */
  siteUrl?: string
}

/**
 * `next start` on an existing production build at http://127.0.0.1:<port>, for the benchmark and the soak;
 * resolves once the app answers. Run as `node …/next start` so the pid is the server, not an npx wrapper.
 */
export const startApp = async ({
  env,
  port,
  logFile,
  timeoutMs = 120_000,
  siteUrl,
}: StartOptions): Promise<StartedApp> => {
  const url = `http://127.0.0.1:${port}`
  await assertPortFree(port, 'the app')
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...env,
        NODE_ENV: 'production',
        PORT: String(port),
        // A production start refuses to run without its public address (lib/env/siteUrl.ts): the app itself.
        SITE_URL: siteUrl ?? url,
      },
      stdio: ['ignore', logFile ? 'pipe' : 'ignore', logFile ? 'pipe' : 'inherit'],
    },
  )
  if (logFile) {
    const output = createWriteStream(logFile)
    child.stdout?.pipe(output)
    child.stderr?.pipe(output)
  }
  const exited = () => child.exitCode !== null || child.signalCode !== null
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited()) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const kill = () =>
    new Promise<void>((resolve) => {
      if (exited()) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGKILL')
    })
  const deadline = Date.now() + timeoutMs
  while (true) {
    if (exited()) throw new Error(`next start exited with ${child.exitCode ?? child.signalCode}`)
    const up = await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(5000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { url, pid: child.pid as number, exited, stop, kill }
}
