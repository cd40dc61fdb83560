/**
 * `npm test`: every test against real PostgreSQL. Creates a throwaway database (on the machine's server at
 * 127.0.0.1:5432 when it answers, else on the embedded one), migrates and seeds it, builds and starts the
 * app on it, runs the browser and HTTP tests, then the Local API tests, and drops it.
 *
 * `--skip-build` reuses an existing `.next` build; `--only=int|http|e2e` runs one stage (for local work).
 */
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { assertPortFree } from './lib/assertPortFree'
import { createDatabase, dropDatabase } from './lib/createDatabase'
import { testDatabaseServer } from './lib/databaseServer'
import { migrateDatabase } from './lib/migrateDatabase'
import { run } from './lib/run'
import { startMailCatcher } from './lib/startMailCatcher'
import { waitForUrl } from './lib/waitForUrl'

const args = process.argv.slice(2)
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const stage = (name: 'int' | 'http' | 'e2e') => !only || only === name
const skipBuild = args.includes('--skip-build')

const server = await testDatabaseServer()
const database = `ntars_test_${process.pid}_${Date.now().toString(36)}`
await createDatabase(server.url('postgres'), database)
const storage = mkdtempSync(path.join(os.tmpdir(), 'ntars-test-uploads-'))
const port = Number(process.env.TEST_PORT || 3210)
const mailCatcher = startMailCatcher(storage, Number(process.env.TEST_SMTP_PORT || 2526))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: server.url(database),
  NTARS_STORAGE_DIR: storage,
  PAYLOAD_SECRET:
    process.env.PAYLOAD_SECRET || `test-secret-${Math.random().toString(36).slice(2)}-${Date.now()}`,
  AUTH_SECRET:
    process.env.AUTH_SECRET || `test-auth-secret-${Math.random().toString(36).slice(2)}-${Date.now()}`,
  NTARS_TEST_URL: `http://127.0.0.1:${port}`,
  NTARS_TEST_MAILBOX: mailCatcher.file,
}
console.log(`Test database ${database}; uploads in ${storage}`)
/** The started app's stdout and stderr, which tests/http/zz-log-scan.test.ts reads once the HTTP tests ran. */
const appLog = path.join(storage, 'app.log')
const logScan = 'tests/http/zz-log-scan.test.ts'

let app: ReturnType<typeof spawn> | undefined
const failures: string[] = []
/** Runs one suite; a failure is recorded and the other suites still run, so one run shows everything. */
const suite = async (name: string, work: () => Promise<void>) => {
  try {
    await work()
  } catch (error) {
    failures.push(name)
    console.error(`${name} failed:`, error instanceof Error ? error.message : error)
  }
}
try {
  // Checked before the minutes of migrating and building: a server left on the port would be tested instead.
  if (stage('http') || stage('e2e')) await assertPortFree(port, 'the app under test; TEST_PORT sets another')
  await migrateDatabase(env)
  await run('npx', ['tsx', 'scripts/seed.ts'], { env })
  if (stage('http') || stage('e2e')) {
    // Production builds need the public address (lib/env/siteUrl.ts); the app is served at the test URL.
    if (!skipBuild) {
      await run('npx', ['next', 'build'], {
        env: { ...env, NODE_ENV: 'production', SITE_URL: env.NTARS_TEST_URL },
      })
      // The service worker is bundled after the app (serwist.config.mjs, docs/offline-app.md).
      await run('npx', ['serwist', 'build', 'serwist.config.mjs'], {
        env: { ...env, NODE_ENV: 'production' },
      })
    }
    app = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      // The running app mails through the catcher, so tests read what a person would receive.
      env: {
        ...env,
        NODE_ENV: 'production',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(process.env.TEST_SMTP_PORT || 2526),
        SITE_URL: env.NTARS_TEST_URL,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    // Shown as before, and kept line by line in a file for the log scan after the HTTP tests.
    const appLogFile = createWriteStream(appLog)
    for (const [from, to] of [
      [app.stdout, process.stdout],
      [app.stderr, process.stderr],
    ] as const) {
      if (!from) continue
      createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
        to.write(`${line}\n`)
        appLogFile.write(`${line}\n`)
      })
    }
    await waitForUrl(`${env.NTARS_TEST_URL}/api/scheme-settings/..`, 120_000)
    if (stage('e2e')) await suite('Browser tests', () => run('npx', ['playwright', 'test'], { env }))
    if (stage('http')) {
      await suite('HTTP tests', () =>
        run('npx', ['vitest', 'run', '--exclude', logScan], {
          env: { ...env, VITEST_INCLUDE: 'tests/http/**/*.test.ts' },
        }))
      // After every request above: the app's own log lines are JSON and hold no personal data.
      await suite('Log scan', () =>
        run('npx', ['vitest', 'run'], {
          env: { ...env, VITEST_INCLUDE: logScan, NTARS_TEST_APP_LOG: appLog },
        }))
      // `npm start` and `npm run dev` under SIGTERM, and a second instance beside the app above (the page-cache
      // broadcast): need the build above, and the test database.
      await suite('Process tests', () =>
        run('npx', ['vitest', 'run'], { env: { ...env, VITEST_INCLUDE: 'tests/process/**/*.test.ts' } }))
    }
  }
  // Local API tests last: their fixtures would otherwise crowd the demo data the browser tests read.
  if (stage('int')) {
    await suite('Local API tests', () =>
      run('npx', ['vitest', 'run'], {
        // Tests run jobs themselves, with a controlled clock; the queue's own timers stay off.
        env: { ...env, NTARS_JOBS: 'off', VITEST_INCLUDE: 'tests/{unit,int}/**/*.test.{ts,tsx}' },
      }))
  }
} catch (error) {
  failures.push('set-up')
  console.error(error instanceof Error ? error.message : error)
} finally {
  if (app?.pid) {
    try {
      process.kill(-app.pid, 'SIGTERM')
    } catch {}
  }
  if (!process.env.KEEP_TEST_DB) {
    await dropDatabase(server.url('postgres'), database).catch((error) =>
      console.error('Could not drop the test database:', error),
    )
    rmSync(storage, { recursive: true, force: true })
  }
  await mailCatcher.stop()
  await server.stop()
}
if (failures.length) console.error(`Failed: ${failures.join(', ')}`)
process.exit(failures.length ? 1 : 0)
