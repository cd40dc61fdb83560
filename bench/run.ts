/**
 * `npm run bench`: builds the app in production mode, starts it on the scale database (`npm run seed:scale`,
 * run first when missing), warms up, and measures each path beside its baseline on this machine, in one run
 * (absolute figures drift between machines; the ratios hold). Prints one markdown table and appends the run
 * to bench/RESULTS.md. `--quick` (CI's smoke) does one 2-second run of each load and skips Lighthouse;
 * `--skip-build` reuses the last bench build (.next-bench).
 */
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { memberSession } from '../scripts/lib/memberSession'
import { startNginx } from '../scripts/lib/nginx/startNginx'
import { firstLoadJs } from './lib/firstLoadJs'
import { lighthouse } from './lib/lighthouse'
import { type LoadResult, type LoadSpec, loadTest } from './lib/loadTest'
import { markdownTable } from './lib/markdownTable'
import { referenceIn, reportActionId, reportRequestFactory } from './lib/reportTraffic'
import { phonePhoto, sharpAlone } from './lib/sharpAlone'
import { startApp } from './lib/startApp'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const skipBuild = args.includes('--skip-build')
// `--only=reports` (or public, members, frontend; comma-separated) runs those parts alone.
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const part = (name: 'public' | 'members' | 'reports' | 'frontend') => !only || only.includes(name)
const seconds = quick ? 2 : 10
const runs = quick ? 1 : 3
const distDir = '.next-bench'
const password = process.env.DEMO_PASSWORD || 'ntars-demo-2026'
const log = (message: string) => console.log(`[bench] ${message}`)

if (!existsSync('.data/scale.json') || args.includes('--reseed')) {
  log('No scale database yet: running npm run seed:scale')
  execFileSync('npm', ['run', 'seed:scale'], { stdio: 'inherit' })
}
const scale = JSON.parse(readFileSync('.data/scale.json', 'utf8')) as {
  databaseUrl: string
  storageDir: string
  busiestProfile: number
}
const work = mkdtempSync(path.join(os.tmpdir(), 'ntars-bench-'))
// nginx's workers (an unprivileged user) read the saved pages from here.
chmodSync(work, 0o755)
const edgeCache = path.join(work, 'edge-cache')
const port = 3300
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: scale.databaseUrl,
  NTARS_STORAGE_DIR: scale.storageDir,
  NTARS_EDGE_CACHE_DIR: edgeCache,
  NEXT_DIST_DIR: distDir,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-payload-secret-not-for-production',
  AUTH_SECRET: process.env.AUTH_SECRET || 'bench-auth-secret-not-for-production',
  // Production builds and starts need the public address (lib/env/siteUrl.ts): here the app itself.
  SITE_URL: `http://127.0.0.1:${port}`,
  NTARS_JOBS: 'off',
  NEXT_TELEMETRY_DISABLED: '1',
}

if (!skipBuild) {
  log('Building in production mode…')
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } })
}

// The baselines: the same HTML as a static file (served by next start, and by nginx directly).
const saved = path.join(work, 'saved')
mkdirSync(saved, { recursive: true })
mkdirSync('public/__bench', { recursive: true })
const prerendered = {
  home: path.join(distDir, 'server/app/index.html'),
  campaign: path.join(distDir, 'server/app/campaigns/cops-adopt-a-shop.html'),
}
for (const [name, file] of Object.entries(prerendered)) {
  if (!existsSync(file)) throw new Error(`${file} was not prerendered: the public pages must be static`)
  copyFileSync(file, path.join(saved, `${name}.html`))
  copyFileSync(file, path.join('public/__bench', `${name}.html`))
}

const app = await startApp(env, port)
const nginxPort = 3380
const directPort = 3381
const nginx = await startNginx({
  listenPort: nginxPort,
  upstreamPort: port,
  cacheDir: edgeCache,
  workDir: path.join(work, 'nginx'),
  extraServers: `  server {\n    listen 127.0.0.1:${directPort};\n    root ${saved};\n    location / { try_files $uri =404; }\n  }\n`,
})
const direct = `http://127.0.0.1:${directPort}`
const results: LoadResult[] = []
const notes: string[] = []

const measure = async (spec: Omit<LoadSpec, 'seconds' | 'serverPid'>, watchServer = true) => {
  log(`${spec.label}…`)
  // Warm-up: fill caches, JIT and connection pools before anything is counted (one request per connection
  // when the spec counts requests, so nothing from the warm-up is still running when counting starts).
  await loadTest({ ...spec, seconds: quick ? 1 : 3, amount: spec.amount ? spec.connections : undefined }, 1)
  const result = await loadTest({ ...spec, seconds, serverPid: watchServer ? app.pid : undefined }, runs)
  results.push(result)
  return result
}

try {
  // 1. Public pages: next start, the cache layer, and their baselines.
  const pages = (
    part('public')
      ? [
          ['home', '/'],
          ['campaign', '/campaigns/cops-adopt-a-shop'],
        ]
      : []
  ) as (readonly ['home' | 'campaign', string])[]
  const ratios: string[] = []
  for (const [name, route] of pages) {
    const next = await measure({
      label: `${name} page, next start`,
      url: `${app.url}${route}`,
      connections: 50,
    })
    const staticFile = await measure({
      label: `${name}-sized static file, next start`,
      url: `${app.url}/__bench/${name}.html`,
      connections: 50,
    })
    const cached = await measure({
      label: `${name} page, through nginx cache`,
      url: `http://127.0.0.1:${nginxPort}${route}`,
      connections: 50,
    })
    const nginxDirect = await measure(
      { label: `${name} HTML, nginx serving the file`, url: `${direct}/${name}.html`, connections: 50 },
      false,
    )
    ratios.push(
      `${name}: next start ${(next.requestsPerSecond / staticFile.requestsPerSecond).toFixed(2)} × static file (target ≥ 0.8); ` +
        `cache layer ${(cached.requestsPerSecond / nginxDirect.requestsPerSecond).toFixed(2)} × nginx direct (target ≥ 0.5), p99 ${Math.round(cached.p99)} ms (target < 50)`,
    )
  }

  // 2. The gallery and a busy profile as a signed-in member, beside Payload's default REST list.
  const memberCookie = await memberSession(app.url, 'member-1@scale.ntars.test', password, {
    'X-Forwarded-For': '10.9.0.1',
  })
  const asMember = { Cookie: memberCookie }
  if (part('members')) {
    const gallery = await measure({
      label: 'gallery first page (member)',
      url: `${app.url}/offenders`,
      connections: 10,
      headers: asMember,
    })
    const search = await measure({
      label: 'gallery search (member)',
      url: `${app.url}/offenders?q=Saltmarsh`,
      connections: 10,
      headers: asMember,
    })
    const profile = await measure({
      label: `busy profile #${scale.busiestProfile} (member)`,
      url: `${app.url}/offenders/${scale.busiestProfile}`,
      connections: 10,
      headers: asMember,
    })
    // Members have no REST access (the member door), so the naive baseline reads as a staff admin, signed in
    // through /staff/sign-in with a known second factor (the tests' helper, pointed at the bench's app).
    Object.assign(process.env, {
      NTARS_TEST_URL: app.url,
      DATABASE_URL: scale.databaseUrl,
      PAYLOAD_SECRET: env.PAYLOAD_SECRET,
    })
    const { signInStaffOverHttp } = await import('../tests/helpers/signInStaffOverHttp')
    const rest = await measure({
      label: 'naive REST /api/offenders?limit=24 (depth 2, as staff admin)',
      url: `${app.url}/api/offenders?limit=24&depth=2`,
      connections: 10,
      headers: await signInStaffOverHttp('admin@ntars.test'),
    })
    for (const [name, result] of [
      ['gallery', gallery],
      ['search', search],
      ['profile', profile],
    ] as const) {
      ratios.push(
        `${name}: ${(result.requestsPerSecond / rest.requestsPerSecond).toFixed(1)} × naive REST (target ≥ 5), p95 ${Math.round(result.p95)} ms (target < 100)`,
      )
    }
  }

  // 3. Reports from 20 members at once, without and with a 1 MB phone photo, beside sharp alone.
  let lost = 0
  if (part('reports')) {
    const reporters: string[] = []
    for (let index = 1; index <= 20; index++) {
      reporters.push(
        await memberSession(app.url, `member-${index + 100}@scale.ntars.test`, password, {
          'X-Forwarded-For': `10.9.1.${index}`,
        }),
      )
    }
    let next = 0
    const cookie = () => reporters[next++ % reporters.length] as string
    const actionId = reportActionId(distDir)
    const references = new Set<string>()
    const isError = (status: number, body: string) => {
      const reference = referenceIn(body)
      if (reference) references.add(reference)
      return status !== 200 || !reference
    }
    const photo = await phonePhoto()
    notes.push(`Phone photo: ${(photo.length / 1024 / 1024).toFixed(2)} MB JPEG, 2400 × 1800.`)
    const withoutPhoto = await measure({
      label: 'report without photo (20 members)',
      url: `${app.url}/report`,
      method: 'POST',
      connections: 20,
      request: await reportRequestFactory({
        actionId,
        cookie,
        description: 'Bench: took two items and left.',
      }),
      isError,
    })
    const withPhoto = await measure({
      label: 'report with 1 MB photo (20 members)',
      url: `${app.url}/report`,
      method: 'POST',
      connections: 20,
      request: await reportRequestFactory({
        actionId,
        cookie,
        photo,
        description: 'Bench: photo of the person.',
      }),
      isError,
      // Each answer takes seconds (the photo queue): count whole requests, 3 per member per run.
      amount: 60,
      timeoutSeconds: 120,
    })
    log('sharp alone…')
    const sharpRate = await sharpAlone(photo, 20, seconds, runs)
    results.push({
      label: 'sharp alone, same photo (20 at once)',
      connections: 20,
      requestsPerSecond: sharpRate,
      p50: Number.NaN,
      p95: Number.NaN,
      p99: Number.NaN,
      errors: 0,
    })
    ratios.push(
      `report with photo: ${(withPhoto.requestsPerSecond / sharpRate).toFixed(2)} × sharp alone (target ≥ 0.7); without photo p95 ${Math.round(withoutPhoto.p95)} ms (target < 100)`,
    )

    // Every acknowledged report (and its photo) must be in the database.
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: scale.databaseUrl })
    await client.connect()
    const ids = [...references].map((reference) => Number(reference.slice(3)))
    const found = await client.query('select count(*)::int as n from incidents where id = any($1)', [ids])
    const photos = await client.query(
      "select count(*)::int as n from incidents_rels r join evidence e on e.id = r.evidence_id where r.path = 'evidence' and r.parent_id = any($1)",
      [ids],
    )
    await client.end()
    lost = ids.length - (found.rows[0] as { n: number }).n
    notes.push(
      `Reports acknowledged: ${ids.length}; found in the database: ${(found.rows[0] as { n: number }).n} (${lost} lost); photos linked: ${(photos.rows[0] as { n: number }).n}.`,
    )
  }

  // 4. Front-end weight and Lighthouse.
  const weights: Awaited<ReturnType<typeof firstLoadJs>>[] = []
  if (part('frontend')) {
    for (const route of ['/', '/campaigns/cops-adopt-a-shop', '/sign-in', '/news', '/support', '/join']) {
      weights.push(await firstLoadJs(app.url, route, undefined, distDir))
    }
    for (const route of ['/report', '/offenders', `/offenders/${scale.busiestProfile}`, '/reports']) {
      weights.push(await firstLoadJs(app.url, route, memberCookie, distDir))
    }
  }
  const audits =
    quick || !part('frontend')
      ? []
      : [
          lighthouse(`${app.url}/`),
          lighthouse(`${app.url}/campaigns/cops-adopt-a-shop`),
          lighthouse(`${app.url}/sign-in`),
          lighthouse(`${app.url}/report`, memberCookie),
        ]

  const round = (value: number) => (Number.isNaN(value) ? '–' : Math.round(value))
  const table = markdownTable(
    ['what', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'server peak MB'],
    results.map((r) => [
      r.label,
      r.connections,
      round(r.requestsPerSecond),
      round(r.p50),
      round(r.p95),
      round(r.p99),
      r.errors,
      r.peakMemoryMb ?? '–',
    ]),
  )
  const weightTable = weights.length
    ? markdownTable(
        ['route', 'scripts', 'first-load JS (kB gzip)'],
        weights.map((w) => [w.route, w.scripts, w.kilobytes]),
      )
    : '(First-load JS skipped: --only)'
  const lighthouseTable = audits.length
    ? markdownTable(
        ['page (mobile)', 'performance', 'accessibility'],
        audits.map((a) => [a.url.replace(app.url, ''), round(a.performance), round(a.accessibility)]),
      )
    : '(Lighthouse skipped: --quick or --only)'
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  const report = [
    `## Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${quick ? ' (quick smoke)' : ''}${only ? ` (only ${only.join(', ')})` : ''}`,
    '',
    `Machine: ${machine}. Data: ${JSON.stringify(JSON.parse(readFileSync('.data/scale.json', 'utf8')).sizes)}.`,
    `autocannon, ${runs} run(s) of ${seconds} s after a warm-up, medians.`,
    '',
    table,
    '',
    ...ratios.map((line) => `- ${line}`),
    ...notes.map((line) => `- ${line}`),
    '',
    weightTable,
    '',
    lighthouseTable,
    '',
  ].join('\n')
  console.log(`\n${report}`)
  if (!quick) {
    const previous = existsSync('bench/RESULTS.md')
      ? readFileSync('bench/RESULTS.md', 'utf8').trimEnd()
      : '# Results'
    writeFileSync('bench/RESULTS.md', `${previous}\n\n${report}`)
  }
  if (lost > 0) process.exitCode = 1
} finally {
  await nginx.stop()
  await app.stop()
  rmSync('public/__bench', { recursive: true, force: true })
}
