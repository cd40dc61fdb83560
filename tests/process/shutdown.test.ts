/**
 * SIGTERM to `npm start` or `npm run dev` (what a process manager sends) stops the whole app and then the
 * embedded database, and npm exits 0: afterwards no process the command started is still running and its
 * ports are closed. Runs in `npm test`'s HTTP stage, which has the production build `npm start` needs;
 * `npm run dev` uses the test database (DATABASE_URL) and `.next/dev`, so no other `next dev` may run here.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type ProcessEntry, processTable } from '../../scripts/lib/processTable'

const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const portOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

const table = (): ProcessEntry[] => {
  const entries = processTable()
  if (!entries) throw new Error('The shutdown test reads /proc: it runs on Linux only.')
  return entries
}

/** Every process below `pid`, at any depth, as they are now. */
const descendantsOf = (pid: number): ProcessEntry[] => {
  const entries = table()
  const found: ProcessEntry[] = []
  let parents = new Set([pid])
  while (parents.size) {
    const children = entries.filter((entry) => parents.has(entry.ppid))
    found.push(...children)
    parents = new Set(children.map((entry) => entry.pid))
  }
  return found
}

/** Those of `processes` that still run (a zombie has ended; it only waits for its parent to collect it). */
const stillRunning = (processes: ProcessEntry[]): ProcessEntry[] => {
  const running = new Map(table().map((entry) => [entry.pid, entry]))
  // A pid reused by an unrelated process has another start; the command name is enough to tell here.
  return processes.filter((entry) => {
    const now = running.get(entry.pid)
    return now && now.state !== 'Z' && now.command === entry.command
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts an npm command with its output kept for failure messages. After the test, every process it was
 * seen to start (`seen`, filled before the SIGTERM) is killed if still running, so a failure leaves nothing.
 */
const startNpm = (args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const seen: ProcessEntry[] = []
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    for (const entry of stillRunning(seen)) {
      try {
        process.kill(entry.pid, 'SIGKILL')
      } catch {}
    }
  })
  return { child, seen, output: () => output.slice(-4000) }
}

const exitOf = (child: ChildProcess, timeoutMs: number): Promise<number | string | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      return resolve(child.exitCode ?? child.signalCode)
    const timer = setTimeout(() => resolve('still running'), timeoutMs)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      resolve(code ?? signal)
    })
  })

/** Polls /api/health until it answers 200; fails early if the command has ended. */
const waitForHealth = async (started: ReturnType<typeof startNpm>, port: number, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(`The command ended (${started.child.exitCode}) before answering:\n${started.output()}`)
    }
    const status = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) })
      .then((response) => response.status)
      .catch(() => 0)
    if (status === 200) return
    await pause(500)
  }
  throw new Error(`No answer from /api/health within ${timeoutMs / 1000} s:\n${started.output()}`)
}

/** SIGTERM to npm alone, as a process manager sends it; then nothing it started may be left. */
const expectCleanStop = async (
  started: ReturnType<typeof startNpm>,
  ports: number[],
  expectedCommands: RegExp[],
) => {
  const pid = started.child.pid as number
  const before = descendantsOf(pid)
  started.seen.push(...before)
  for (const command of expectedCommands) {
    expect(
      before.some((entry) => command.test(entry.command)),
      `${command} among ${before.map((p) => p.command)}`,
    ).toBe(true)
  }
  process.kill(pid, 'SIGTERM')
  expect(await exitOf(started.child, 40_000), started.output()).toBe(0)
  // Everything has had time to go: the command waits for its children before it exits.
  await pause(500)
  expect(stillRunning(before).map((p) => `${p.pid} ${p.command}`)).toEqual([])
  for (const port of ports) expect(await portOpen(port), `port ${port}`).toBe(false)
}

const baseEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NTARS_JOBS: 'off',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'shutdown-test-secret-0123456789abcdef',
  AUTH_SECRET: process.env.AUTH_SECRET || 'shutdown-test-auth-secret-0123456789',
})

describe('stopping with SIGTERM', () => {
  it('`npm start` on the embedded database stops the app, then the database, leaving nothing running', {
    timeout: 240_000,
  }, async () => {
    if (!existsSync('.next/BUILD_ID')) throw new Error('No production build in .next: run `npm run build`.')
    const dir = await mkdtemp(path.join(tmpdir(), 'ntars-shutdown-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    // Run as root, the embedded PostgreSQL runs as the `postgres` user, which must reach its data folder.
    await chmod(dir, 0o755)
    const [appPort, databasePort] = [await freePort(), await freePort()]
    const env = baseEnv()
    delete env.DATABASE_URL
    const started = startNpm(['start', '--', '-p', String(appPort), '-H', '127.0.0.1'], {
      ...env,
      NTARS_EMBEDDED_PG_DIR: path.join(dir, 'postgres'),
      NTARS_EMBEDDED_PG_PORT: String(databasePort),
      NTARS_STORAGE_DIR: path.join(dir, 'uploads'),
      SITE_URL: `http://127.0.0.1:${appPort}`,
    })
    await waitForHealth(started, appPort, 180_000)
    await expectCleanStop(started, [appPort, databasePort], [/^next-server|^node$/, /^postgres$/])
  })

  it('`npm run dev` stops the Next dev server and its workers, leaving nothing running', {
    timeout: 240_000,
  }, async () => {
    if (!process.env.DATABASE_URL?.includes('ntars_test')) throw new Error('Run the tests with `npm test`.')
    const appPort = await freePort()
    const started = startNpm(['run', 'dev', '--', '-p', String(appPort), '-H', '127.0.0.1'], {
      ...baseEnv(),
      NODE_ENV: 'development',
    })
    await waitForHealth(started, appPort, 180_000)
    await expectCleanStop(started, [appPort], [/^next-server|^node$/])
  })
})
