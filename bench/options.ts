export type BenchPart = 'public' | 'members' | 'reports' | 'frontend'

export type BenchOptions = {
  /** CI's smoke: one short run of each load, no Lighthouse, nothing written to bench/RESULTS.md. */
  quick: boolean
  /** Reuse the last bench build (.next-bench). */
  skipBuild: boolean
  /** Recreate the scale database first. */
  reseed: boolean
  /**
   * Also measure the members' pages and the report without a photo on the 10× scale database, and print how
   * their p95 grows from 1× to 10× (implies the members and reports parts).
   */
  growth: boolean
  /** `--only=reports` (or public, members, frontend; comma-separated): those parts alone. */
  only: string[] | undefined
  help: boolean
  /** Length of one measured run, and how many runs each figure is the median of. */
  seconds: number
  runs: number
  /** Whether a part of the bench runs. */
  part: (name: BenchPart) => boolean
}

export const benchUsage = `npm run bench -- [--quick] [--skip-build] [--reseed] [--growth] [--only=public,members,reports,frontend]

  --quick        one 2-second run of each load, no Lighthouse, nothing appended to bench/RESULTS.md
  --skip-build   reuse the last bench build (.next-bench)
  --reseed       run npm run seed:scale first even when the scale database exists
  --growth       also measure members' pages and reports on the 10× database (seed:scale --factor=10) and
                 print the 1× → 10× growth table
  --only=…       run only these parts (comma-separated)
  --help         this text`

/** The bench's command-line flags (docs/benchmarks.md). */
export const parseBenchOptions = (args: string[]): BenchOptions => {
  const quick = args.includes('--quick')
  const growth = args.includes('--growth')
  const only = args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  return {
    quick,
    skipBuild: args.includes('--skip-build'),
    reseed: args.includes('--reseed'),
    growth,
    only,
    help: args.includes('--help') || args.includes('-h'),
    seconds: quick ? 2 : 10,
    runs: quick ? 1 : 3,
    part: (name) => !only || only.includes(name) || (growth && (name === 'members' || name === 'reports')),
  }
}
