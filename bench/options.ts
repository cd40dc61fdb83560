export type BenchPart = 'public' | 'members' | 'reports' | 'frontend'

export type BenchOptions = {
  /** CI's smoke: one short run of each load, no Lighthouse, nothing written to bench/RESULTS.md. */
  quick: boolean
  /** Reuse the last bench build (.next-bench). */
  skipBuild: boolean
  /** Recreate the scale database first. */
  reseed: boolean
  /** `--only=reports` (or public, members, frontend; comma-separated): those parts alone. */
  only: string[] | undefined
  help: boolean
  /** Length of one measured run, and how many runs each figure is the median of. */
  seconds: number
  runs: number
  /** Whether a part of the bench runs. */
  part: (name: BenchPart) => boolean
}

export const benchUsage = `npm run bench -- [--quick] [--skip-build] [--reseed] [--only=public,members,reports,frontend]

  --quick        one 2-second run of each load, no Lighthouse, nothing appended to bench/RESULTS.md
  --skip-build   reuse the last bench build (.next-bench)
  --reseed       run npm run seed:scale first even when the scale database exists
  --only=…       run only these parts (comma-separated)
  --help         this text`

/** The bench's command-line flags (docs/benchmarks.md). */
export const parseBenchOptions = (args: string[]): BenchOptions => {
  const quick = args.includes('--quick')
  const only = args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  return {
    quick,
    skipBuild: args.includes('--skip-build'),
    reseed: args.includes('--reseed'),
    only,
    help: args.includes('--help') || args.includes('-h'),
    seconds: quick ? 2 : 10,
    runs: quick ? 1 : 3,
    part: (name) => !only || only.includes(name),
  }
}
