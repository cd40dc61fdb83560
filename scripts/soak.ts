/**
 * `npm run soak`: many members at once against a production build, with faults on request, then a check that
 * every acknowledged report is really stored. See docs/soak-and-faults.md.
 *
 *   npm run soak -- [--members=200] [--duration=300] [--think=5000] [--restart-db] [--store-fail]
 *                   [--embedded-db] [--url=http://127.0.0.1:3000] [--port=3260] [--keep] [--no-record]
 *                   [--instances=3 [--kill-instance] [--nginx-port=3270]]
 *                   [--template=ntars_test_base] [--results=bench/RESULTS.md]
 *
 * Without --url it makes a throwaway database (ntars_soak_*) on the machine's PostgreSQL (or a private
 * embedded one with --embedded-db), migrates and seeds it, and starts `next start` on the existing `.next`
 * build (run `npm run build` first). --restart-db restarts PostgreSQL at 40% of the run; --store-fail runs
 * the app on the UploadThing stand-in and makes it answer 500 from 30% to 50% of the run. --instances=N
 * starts N instances behind nginx (deploy/nginx.conf with an upstream of all); --kill-instance kills one at
 * half-time.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startUploadthingStandIn } from '../tests/helpers/uploadthingStandIn'
import { cleanUpSoak } from './lib/soak/cleanUpSoak'
import { createSoakDatabase } from './lib/soak/createSoakDatabase'
import { fillSoakDatabase } from './lib/soak/fillSoakDatabase'
import { finishSoak } from './lib/soak/finishSoak'
import { scheduleFaults } from './lib/soak/scheduleFaults'
import { soakLog as log } from './lib/soak/soakLog'
import { soakMembers } from './lib/soak/soakMembers'
import { parseSoakOptions } from './lib/soak/soakOptions'
import { soakPhotos } from './lib/soak/soakPhotos'
import type { SoakRun } from './lib/soak/soakRun'
import { SoakStats } from './lib/soak/soakStats'
import { startSoakInstances } from './lib/soak/startSoakInstances'
import { runVirtualMember, type SoakContext, type SoakMember } from './lib/soak/virtualMember'
import { warmUpSoak } from './lib/soak/warmUpSoak'
import { startApp } from './lib/startApp'

const options = parseSoakOptions(process.argv.slice(2))
const command = `npm run soak -- ${process.argv.slice(2).join(' ')}`.trim()
const run: SoakRun = {
  options,
  workDir: mkdtempSync(path.join(os.tmpdir(), 'ntars-soak-')),
  server: null,
  database: '',
  app: null,
  apps: [],
  killed: null,
  nginx: null,
  standIn: null,
}
const storageDir = options.url ? (process.env.NTARS_STORAGE_DIR ?? null) : path.join(run.workDir, 'uploads')
const appLogs = Array.from({ length: options.instances }, (_, index) =>
  path.join(run.workDir, index ? `app-${index + 1}.log` : 'app.log'),
)
const appLog = appLogs[0] as string
let failed = false

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping and cleaning up`)
    void cleanUpSoak(run).finally(() => process.exit(130))
  })
}

try {
  let baseUrl = options.url ?? `http://127.0.0.1:${options.port}`
  let databaseUrl = process.env.DATABASE_URL ?? ''
  if (!options.url) {
    if (!existsSync('.next/BUILD_ID'))
      throw new Error('No production build in .next: run `npm run build` first.')
    databaseUrl = await createSoakDatabase(run)
  } else if (!databaseUrl.includes('ntars_soak_')) {
    throw new Error('With --url, DATABASE_URL must name the app’s throwaway ntars_soak_* database.')
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NTARS_STORAGE_DIR: storageDir ?? undefined,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || `soak-${randomBytes(24).toString('hex')}`,
    AUTH_SECRET: process.env.AUTH_SECRET || `soak-auth-${randomBytes(24).toString('hex')}`,
  }
  await fillSoakDatabase(run, env, databaseUrl)
  const password = `Soak-${randomBytes(9).toString('base64url')}-Kettle7`
  const members = await soakMembers(run, env, password)

  if (!options.url) {
    if (options.storeFail) run.standIn = await startUploadthingStandIn()
    const appEnv = { ...env, ...(run.standIn?.env ?? {}) }
    if (options.instances > 1) baseUrl = await startSoakInstances(run, appEnv, appLogs)
    else {
      run.app = await startApp({ env: appEnv, port: options.port, logFile: appLog })
      run.apps.push(run.app)
    }
    log(`App up at ${baseUrl}${run.standIn ? ' (files on the UploadThing stand-in)' : ''}`)
  }
  baseUrl = baseUrl.replace(/\/$/, '')
  const actionId = await warmUpSoak(baseUrl, members[0] as SoakMember, password)

  const photos = await soakPhotos()
  const startedAt = Date.now()
  const durationMs = options.durationS * 1000
  const context: SoakContext = {
    baseUrl,
    password,
    actionId,
    startedAt,
    deadline: startedAt + durationMs,
    retryDeadline: startedAt + durationMs + 60_000,
    thinkMs: options.thinkMs,
    photos,
    stats: new SoakStats(),
    timeline: [],
    acknowledged: [],
    unacknowledged: [],
    samples: new Map(),
  }
  log(`${members.length} members for ${options.durationS} s (think ~${options.thinkMs} ms)`)

  const faults = scheduleFaults(run, startedAt, durationMs)
  await Promise.all([...members.map((member) => runVirtualMember(context, member)), faults.done])
  const seconds = (Date.now() - startedAt) / 1000
  log(`Run over after ${seconds.toFixed(0)} s; checking what was stored`)

  failed = await finishSoak({
    run,
    context,
    members,
    faults: faults.faults,
    databaseUrl,
    storageDir,
    appLogs,
    command,
  })
  if (failed) console.error('Soak FAILED: see the checks above.')
} catch (error) {
  failed = true
  console.error('Soak could not run:', error instanceof Error ? error.message : error)
  for (const file of appLogs.filter((log) => existsSync(log)))
    console.error(readFileSync(file, 'utf8').split('\n').slice(-30).join('\n'))
} finally {
  await cleanUpSoak(run)
}
process.exit(failed ? 1 : 0)
