/**
 * `npm run bench`: builds the app in production mode, starts it on the scale database (`npm run seed:scale`,
 * run first when missing), warms up, and measures each path beside its baseline on this machine, in one run
 * (absolute figures drift between machines; the ratios hold). Prints one markdown table and appends the run
 * to bench/RESULTS.md. `--growth` then restarts the app on the 10× scale database and measures the members'
 * pages and reports again, for the 1× → 10× growth table. `--quick` (CI's smoke) does one 2-second run of each load and skips Lighthouse;
 * `--skip-build` reuses the last bench build (.next-bench); `--help` lists the flags.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startNginx } from '../scripts/lib/nginx/startNginx'
import { startApp } from '../scripts/lib/startApp'
import { appendBenchResults } from './appendBenchResults'
import type { BenchContext } from './benchContext'
import { benchEnv } from './benchEnv'
import { benchPublicDir, copyBaselines } from './copyBaselines'
import { type GrowthPoint, growthTable } from './growth'
import type { LoadResult } from './lib/loadTest'
import { memberCookie } from './lib/memberCookie'
import { log } from './log'
import { createMeasure } from './measure'
import { benchUsage, parseBenchOptions } from './options'
import { benchReport } from './report'
import { scaleData } from './scaleData'
import { frontend } from './scenarios/frontend'
import { memberPages } from './scenarios/memberPages'
import { publicPages } from './scenarios/publicPages'
import { reports } from './scenarios/reports'

const options = parseBenchOptions(process.argv.slice(2))
if (options.help) {
  console.log(benchUsage)
  process.exit(0)
}
const distDir = '.next-bench'
const port = 3300
const nginxPort = 3380
const directPort = 3381
const password = process.env.DEMO_PASSWORD || 'ntars-demo-2026'

const scale = scaleData(options.reseed)
const work = mkdtempSync(path.join(os.tmpdir(), 'ntars-bench-'))
// nginx's workers (an unprivileged user) read the saved pages from here.
chmodSync(work, 0o755)
const edgeCache = path.join(work, 'edge-cache')
const env = benchEnv({ scale, edgeCache, distDir, port })

if (!options.skipBuild) {
  log('Building in production mode…')
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } })
}
const saved = path.join(work, 'saved')
copyBaselines(distDir, saved)

let app = await startApp({ env, port })
const nginx = await startNginx({
  listenPort: nginxPort,
  upstreamPort: port,
  cacheDir: edgeCache,
  workDir: path.join(work, 'nginx'),
  extraServers: `  server {\n    listen 127.0.0.1:${directPort};\n    root ${saved};\n    location / { try_files $uri =404; }\n  }\n`,
})
const results: LoadResult[] = []
const context: BenchContext = {
  options,
  appUrl: app.url,
  distDir,
  scale,
  password,
  measure: createMeasure(options, app.pid, results),
  results,
  ratios: [],
  notes: [],
}

try {
  if (options.part('public')) {
    await publicPages(context, {
      nginxUrl: `http://127.0.0.1:${nginxPort}`,
      directUrl: `http://127.0.0.1:${directPort}`,
    })
  }
  const cookie = await memberCookie(app.url, 'member-1@scale.ntars.test', password, '10.9.0.1')
  const pages = options.part('members')
    ? await memberPages(context, { payloadSecret: env.PAYLOAD_SECRET })
    : null
  const filed = options.part('reports') ? await reports(context) : null
  const figures = options.part('frontend') ? await frontend(context, cookie) : { weights: [], audits: [] }
  let lost = filed?.lost ?? 0

  let growth = ''
  if (options.growth && pages && filed) {
    const one: GrowthPoint = { ...pages, report: filed.withoutPhoto }
    await app.stop()
    const tenScale = scaleData(false, 10)
    app = await startApp({ env: benchEnv({ scale: tenScale, edgeCache, distDir, port }), port })
    const tenContext: BenchContext = {
      ...context,
      appUrl: app.url,
      scale: tenScale,
      measure: createMeasure(options, app.pid, []),
      results: [],
      ratios: [],
      notes: [],
    }
    const tenPages = await memberPages(tenContext, { payloadSecret: env.PAYLOAD_SECRET })
    const tenFiled = await reports(tenContext, { photos: false })
    lost += tenFiled.lost
    growth = [
      `### Growth from 1× to 10× (${JSON.stringify(tenScale.sizes)})`,
      '',
      growthTable(one, { ...tenPages, report: tenFiled.withoutPhoto }),
      '',
      ...tenContext.ratios.map((line) => `- at 10×, ${line}`),
      ...tenContext.notes.map((line) => `- at 10×, ${line}`),
      '',
    ].join('\n')
  }

  const report = [benchReport(context, figures), growth].filter(Boolean).join('\n')
  console.log(`\n${report}`)
  if (!options.quick) appendBenchResults(report)
  if (lost > 0) process.exitCode = 1
} finally {
  await nginx.stop()
  await app.stop()
  rmSync(benchPublicDir, { recursive: true, force: true })
}
