export type SoakOptions = {
  members: number
  durationS: number
  thinkMs: number
  /** A running production build to use instead of starting one (DATABASE_URL must then name its database). */
  url: string | null
  port: number
  /** App instances behind nginx (deploy/nginx.conf with an upstream of all); 1 means the app alone, no nginx. */
  instances: number
  /** Kills one instance (SIGKILL, as a crash) at half-time; needs --instances of 2 or more. */
  killInstance: boolean
  /** Where nginx listens when there are several instances. */
  nginxPort: number
  restartDb: boolean
  storeFail: boolean
  embeddedDb: boolean
  keep: boolean
  record: boolean
  /** Copy this already seeded database instead of migrating and seeding (minutes on a busy machine). */
  template: string | null
  /** Where the figures are added (a "Soak and faults" section). */
  results: string
}

/**
 * `npm run soak -- --members=200 --duration=300 [--restart-db] [--store-fail] [--embedded-db]
 * [--instances=3 [--kill-instance] [--nginx-port=3270]] …`
 */
export const parseSoakOptions = (args: string[]): SoakOptions => {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const number = (name: string, fallback: number) => {
    const given = value(name)
    const parsed = given === undefined ? fallback : Number(given)
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
    return parsed
  }
  if (args.includes('--kill-instance') && number('instances', 1) < 2)
    throw new Error('--kill-instance needs --instances=2 or more: someone must carry on.')
  return {
    members: Math.round(number('members', 200)),
    durationS: number('duration', 300),
    thinkMs: number('think', 5000),
    url: value('url') ?? null,
    port: Math.round(number('port', 3260)),
    instances: Math.round(number('instances', 1)),
    killInstance: args.includes('--kill-instance'),
    nginxPort: Math.round(number('nginx-port', 3270)),
    restartDb: args.includes('--restart-db'),
    storeFail: args.includes('--store-fail'),
    embeddedDb: args.includes('--embedded-db'),
    keep: args.includes('--keep'),
    record: !args.includes('--no-record'),
    template: value('template') ?? null,
    results: value('results') ?? 'bench/RESULTS.md',
  }
}
