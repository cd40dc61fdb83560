/**
 * `npm run seed:scale`: a separate database holding a fictional scheme 50 times the article's (10,000
 * profiles with photos, 200,000 reports over five years, 2,000 businesses, 5,000 members) for the
 * benchmarks. Recreated on every run so each benchmark starts from the same data. The demo seed runs first
 * (demo accounts, settings, public content); the bulk comes in with multi-row INSERTs (seed/scale).
 *
 * `--factor=10` makes it ten times larger in a database of its own (ntars_scale_x10, described in
 * .data/scale-x10.json) for the bench's growth table; 1× stays ntars_scale and .data/scale.json.
 *
 * SCALE_DATABASE_URL picks the database (default ntars_scale on the machine's PostgreSQL, else the
 * embedded one); uploads go to .data/scale-uploads unless NTARS_STORAGE_DIR says otherwise.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseScaleFactor, scaleNames, scaleSizesTimes } from '@/seed/scale/scaleFactor'
import { seedScale } from '@/seed/scale/seedScale'
import { createDatabase, dropDatabase } from './lib/createDatabase'
import { testDatabaseServer } from './lib/databaseServer'
import { migrateDatabase } from './lib/migrateDatabase'
import { run } from './lib/run'

const factor = parseScaleFactor(process.argv.slice(2))
const names = scaleNames(factor)
const sizes = scaleSizesTimes(factor)
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const storageDir = path.resolve(process.env.NTARS_STORAGE_DIR || names.uploads)
let databaseUrl = process.env.SCALE_DATABASE_URL
let stopServer = async () => {}
if (!databaseUrl) {
  const server = await testDatabaseServer()
  stopServer = server.stop
  await dropDatabase(server.url('postgres'), names.database)
  await createDatabase(server.url('postgres'), names.database)
  databaseUrl = server.url(names.database)
}
rmSync(storageDir, { recursive: true, force: true })
mkdirSync(storageDir, { recursive: true })
const env = { ...process.env, DATABASE_URL: databaseUrl, NTARS_STORAGE_DIR: storageDir, NTARS_JOBS: 'off' }

try {
  console.log(`Scale database: ${databaseUrl.replace(/\/\/[^@]*@/, '//')}`)
  await migrateDatabase(env)
  await run('npx', ['tsx', 'scripts/seed.ts'], { env })
  console.log(`Demo seed done (${seconds()}); adding the scale data…`)
  const { busiestProfile } = await seedScale(databaseUrl, storageDir, sizes)
  mkdirSync('.data', { recursive: true })
  writeFileSync(
    names.file,
    `${JSON.stringify({ databaseUrl, storageDir, busiestProfile, sizes, factor }, null, 2)}\n`,
  )
  console.log(`Scale data ready in ${seconds()} (busiest profile #${busiestProfile}).`)
} finally {
  await stopServer()
}
