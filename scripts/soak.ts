/**
 * `npm run soak`: many members at once against a production build, with faults on request, then a check that
 * every acknowledged report is really stored. See docs/soak-and-faults.md.
 *
 *   npm run soak -- [--members=200] [--duration=300] [--think=5000] [--restart-db] [--store-fail]
 *                   [--embedded-db] [--url=http://127.0.0.1:3000] [--port=3260] [--keep] [--no-record]
 *                   [--template=ntars_test_base] [--results=bench/RESULTS.md]
 *
 * Without --url it makes a throwaway database (ntars_soak_*) on the machine's PostgreSQL (or a private
 * embedded one with --embedded-db), migrates and seeds it, and starts `next start` on the existing `.next`
 * build (run `npm run build` first). --restart-db restarts PostgreSQL at 40% of the run; --store-fail runs
 * the app on the UploadThing stand-in and makes it answer 500 from 30% to 50% of the run.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { startUploadthingStandIn, type UploadthingStandIn } from '../tests/helpers/uploadthingStandIn'
import { createDatabase, dropDatabase } from './lib/createDatabase'
import { migrateDatabase } from './lib/migrateDatabase'
import { run } from './lib/run'
import { appendResults } from './lib/soak/appendResults'
import { copyDatabase } from './lib/soak/copyDatabase'
import { findActionId } from './lib/soak/findActionId'
import { MemberSession } from './lib/soak/memberSession'
import { type OutageFigures, outageFigures } from './lib/soak/outageFigures'
import { type SoakDatabaseServer, soakDatabaseServer } from './lib/soak/soakDatabaseServer'
import { parseSoakOptions } from './lib/soak/soakOptions'
import { SoakStats, statsTable } from './lib/soak/soakStats'
import { verifySoak } from './lib/soak/verifySoak'
import { runVirtualMember, type SoakContext, type SoakMember } from './lib/soak/virtualMember'
import { waitForUrl } from './lib/waitForUrl'

const options = parseSoakOptions(process.argv.slice(2))
const command = `npm run soak -- ${process.argv.slice(2).join(' ')}`.trim()
const log = (message: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}`)

let server: SoakDatabaseServer | null = null
let app: ChildProcess | null = null
let standIn: UploadthingStandIn | null = null
let database = ''
let databaseUrl = process.env.DATABASE_URL ?? ''
const workDir = mkdtempSync(path.join(os.tmpdir(), 'ntars-soak-'))
const storageDir = options.url ? (process.env.NTARS_STORAGE_DIR ?? null) : path.join(workDir, 'uploads')
const appLog = path.join(workDir, 'app.log')
let appExits = 0
let failed = false

const cleanUp = async () => {
  if (app?.pid && app.exitCode === null) {
    try {
      process.kill(-app.pid, 'SIGTERM')
    } catch {}
  }
  await standIn?.close().catch(() => {})
  if (server && database && !options.keep) {
    await dropDatabase(server.url('postgres'), database).catch((error) =>
      console.error('Could not drop the soak database:', error),
    )
  }
  if (!options.keep) rmSync(workDir, { recursive: true, force: true })
  else log(`Kept database ${database} and files in ${workDir}`)
  await server?.stop().catch(() => {})
}

const startApp = (env: NodeJS.ProcessEnv) => {
  const output = createWriteStream(appLog)
  const child = spawn('npx', ['next', 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.pipe(output)
  child.stderr?.pipe(output)
  child.on('exit', () => {
    appExits++
  })
  return child
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping and cleaning up`)
    void cleanUp().finally(() => process.exit(130))
  })
}

try {
  let baseUrl = options.url ?? `http://127.0.0.1:${options.port}`
  if (!options.url) {
    if (!existsSync('.next/BUILD_ID'))
      throw new Error('No production build in .next: run `npm run build` first.')
    server = await soakDatabaseServer(options.embeddedDb)
    database = `ntars_soak_${process.pid}_${Date.now().toString(36)}`
    databaseUrl = server.url(database)
    await createDatabase(server.url('postgres'), database)
    log(`Database ${database} on the ${server.kind} PostgreSQL; files in ${workDir}`)
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
  if (options.template && server) {
    await copyDatabase(options.template, databaseUrl)
    log(`Copied ${options.template} (migrated and seeded already)`)
  } else if (!options.url) {
    await migrateDatabase(env)
    await run('npx', ['tsx', 'scripts/seed.ts'], { env: { ...env, NODE_ENV: 'development' } })
  }
  const password = `Soak-${randomBytes(9).toString('base64url')}-Kettle7`
  const membersFile = path.join(workDir, 'members.json')
  await run('npx', ['tsx', 'scripts/lib/soak/createSoakMembers.ts', String(options.members), membersFile], {
    env: { ...env, SOAK_MEMBER_PASSWORD: password, NODE_ENV: 'development' },
  })
  const members = JSON.parse(readFileSync(membersFile, 'utf8')) as SoakMember[]

  if (!options.url) {
    if (options.storeFail) standIn = await startUploadthingStandIn()
    app = startApp({
      ...env,
      ...(standIn?.env ?? {}),
      NODE_ENV: 'production',
      PORT: String(options.port),
      // A production start refuses to run without its public address (lib/env/siteUrl.ts).
      SITE_URL: baseUrl,
    })
    await waitForUrl(`${baseUrl}/sign-in`, 120_000)
    log(`App up at ${baseUrl}${standIn ? ' (files on the UploadThing stand-in)' : ''}`)
  }
  baseUrl = baseUrl.replace(/\/$/, '')

  const probe = new MemberSession(baseUrl)
  const first = members[0] as SoakMember
  if (!(await probe.signIn(first.email, password)).ok) throw new Error('A soak member could not sign in.')
  const actionId = await findActionId(probe, '/report', 'reportIncidentAction')
  // Warm the pages once, so the first members do not pay for the server's first compile of each route.
  for (const warm of ['/offenders', '/offenders?q=a', '/report', '/members']) await probe.request(warm)

  const photos = await Promise.all(
    Array.from({ length: 6 }, (_, index) =>
      sharp({
        create: {
          width: 1024,
          height: 768,
          channels: 3,
          background: '#000000',
          noise: { type: 'gaussian', mean: 90 + index * 20, sigma: 40 },
        },
      })
        .jpeg({ quality: 82 })
        .toBuffer(),
    ),
  )
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

  const faults: { name: string; window: { start: number; end: number }; kinds?: string[] }[] = []
  const faultRuns: Promise<void>[] = []
  if (options.restartDb && server) {
    const db = server
    faultRuns.push(
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, durationMs * 0.4))
        const start = Date.now() - startedAt
        log('Restarting PostgreSQL')
        await db.restart()
        const end = Date.now() - startedAt
        log(`PostgreSQL back after ${((end - start) / 1000).toFixed(1)} s`)
        faults.push({ name: `PostgreSQL restart (${db.kind})`, window: { start, end } })
      })(),
    )
  }
  if (standIn) {
    const store = standIn
    faultRuns.push(
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, durationMs * 0.3))
        const start = Date.now() - startedAt
        log('File store answers 500')
        store.failWith(500)
        await new Promise((resolve) => setTimeout(resolve, durationMs * 0.2))
        store.failWith(null)
        const end = Date.now() - startedAt
        log('File store answers again')
        faults.push({ name: 'UploadThing answering 500', window: { start, end }, kinds: ['report+photo'] })
      })(),
    )
  }
  await Promise.all([...members.map((member) => runVirtualMember(context, member)), ...faultRuns])
  const seconds = (Date.now() - startedAt) / 1000
  log(`Run over after ${seconds.toFixed(0)} s; checking what was stored`)

  const verification = await verifySoak({
    databaseUrl,
    storageDir: standIn ? null : storageDir ? path.join(storageDir, 'evidence') : null,
    storedKeys: standIn ? new Set(standIn.files.keys()) : null,
    context,
    memberIds: members.map((member) => member.id),
  })
  const outages: [string, OutageFigures][] = faults.map((fault) => [
    fault.name,
    outageFigures(context.timeline, fault.window, fault.kinds),
  ])
  const appLogText = existsSync(appLog) ? readFileSync(appLog, 'utf8') : ''
  const uncaught = (appLogText.match(/uncaught|unhandled/gi) ?? []).length

  const lines = [
    `${members.length} members, ${options.durationS} s, think ~${options.thinkMs / 1000} s; database on the ${server?.kind ?? 'given'} server; files on ${standIn ? 'the UploadThing stand-in' : 'local disk'}.`,
    '',
    statsTable(context.stats, options.durationS),
    '',
    'Errors count every failed attempt; a report retried with its key until acknowledged shows as `ok-after-N`.',
    '',
    '| check after the run | result |',
    '|---|---|',
    `| reports acknowledged (with a photo) | ${verification.acknowledged} (${verification.acknowledgedWithPhoto}) |`,
    `| acknowledged but missing or changed in the database | ${verification.lost.length}${verification.lost.length ? `: ${verification.lost.slice(0, 5).join(', ')}` : ''} |`,
    `| acknowledged with a photo whose row or file is missing | ${verification.photosMissing.length} |`,
    `| submission keys filed more than once | ${verification.duplicates} |`,
    `| sent but never acknowledged (of those, filed complete) | ${verification.unacknowledgedSent} (${verification.unacknowledgedFiled}) |`,
    `| incidents whose photo file is missing | ${verification.incidentsWithMissingFiles} |`,
    `| photos with no incident | ${verification.evidenceWithoutIncident} |`,
    `| files no row points at | ${verification.orphanFiles} |`,
    `| app process exits / uncaught errors in its log | ${appExits && app?.exitCode !== null ? appExits : 0} / ${uncaught} |`,
  ]
  for (const [name, figures] of outages) {
    lines.push(
      '',
      `**${name}** at ${figures.faultStartS.toFixed(0)} s, back at ${figures.faultEndS.toFixed(0)} s: ${figures.failed} failed requests, ${figures.clean} of them clean (a "busy" or "photo could not be saved" answer, no stack trace)${figures.unclean.length ? `; not clean: ${figures.unclean.join(', ')}` : ''}. First success ${figures.recoverS === null ? 'never' : `${figures.recoverS.toFixed(1)} s`} after it ended; ${figures.lastFailureS === null ? 'no failure' : `last failure ${Math.abs(figures.lastFailureS).toFixed(1)} s ${figures.lastFailureS < 0 ? 'before' : 'after'} it ended`}.`,
    )
  }
  for (const [status, sample] of context.samples)
    writeFileSync(path.join(workDir, `sample-${status}.html`), sample)
  const body = lines.join('\n')
  console.log(`\n${body}\n`)
  if (options.record) appendResults(options.results, command, body)

  failed =
    verification.lost.length > 0 ||
    verification.photosMissing.length > 0 ||
    verification.duplicates > 0 ||
    verification.incidentsWithMissingFiles > 0 ||
    verification.evidenceWithoutIncident > 0 ||
    verification.acknowledged === 0 ||
    (appExits > 0 && app?.exitCode !== null) ||
    outages.some(([, figures]) => figures.recoverS === null || figures.unclean.length > 0)
  if (failed) console.error('Soak FAILED: see the checks above.')
} catch (error) {
  failed = true
  console.error('Soak could not run:', error instanceof Error ? error.message : error)
  if (existsSync(appLog)) console.error(readFileSync(appLog, 'utf8').split('\n').slice(-30).join('\n'))
} finally {
  await cleanUp()
}
process.exit(failed ? 1 : 0)
