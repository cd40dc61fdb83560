/**
 * `npm run seed`: the fictional demo scheme. `--if-empty` (used by `npm run dev`) does nothing when the
 * database already holds businesses, so a developer's own changes survive restarts. `--scheme=<key>`
 * (e.g. `npm run seed -- --scheme=saltmarsh-quay`) applies that demo scheme's settings and logo instead of
 * the default one (seed/schemes, docs/scheme-identity.md).
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { defaultDemoPassword, runSeed } from '@/seed'
import { demoSchemeOf } from '@/seed/schemes'

if (process.env.NODE_ENV === 'production') {
  console.error('Refusing to seed demo data: NODE_ENV is production.')
  process.exit(1)
}

// A one-off script: the jobs queue's timers would keep it alive and must not run here.
process.env.NTARS_JOBS ??= 'off'
const payload = await getPayload({ config })
const ifEmpty = process.argv.includes('--if-empty')
const schemeKey = process.argv.find((arg) => arg.startsWith('--scheme='))?.slice('--scheme='.length)
let scheme: ReturnType<typeof demoSchemeOf> | undefined
try {
  scheme = schemeKey ? demoSchemeOf(schemeKey) : undefined
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const existing = await payload.count({ collection: 'businesses', overrideAccess: true }) // a count, no user
if (ifEmpty && existing.totalDocs > 0) {
  console.log('Database already has data; not seeding.')
  process.exit(0)
}

const password = process.env.DEMO_PASSWORD || defaultDemoPassword
const started = Date.now()
await runSeed(payload, { password, scheme })
console.log(
  `Demo data for ${scheme?.settings.schemeName ?? 'the default scheme'} ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Demo accounts use the password: ${password}`,
)
process.exit(0)
