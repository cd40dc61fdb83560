import type { LoadResult } from './lib/loadTest'
import { markdownTable } from './lib/markdownTable'

export type GrowthPoint = { gallery: LoadResult; search: LoadResult; profile: LoadResult; report: LoadResult }

/** The target: a page's p95 at 10× the data is under 1.5 times its p95 at 1×. */
const largestGrowth = 1.5

/**
 * The growth table: each page's p95 (and throughput) on the 1× and the 10× scale database, measured in one
 * bench run against the same build, and the p95 ratio against the target.
 */
export const growthTable = (one: GrowthPoint, ten: GrowthPoint): string =>
  markdownTable(
    ['page', 'p95 ms 1×', 'p95 ms 10×', 'p95 10× / 1×', 'req/s 1×', 'req/s 10×', `under ${largestGrowth}×`],
    (['gallery', 'search', 'profile', 'report'] as const).map((name) => {
      const growth = ten[name].p95 / one[name].p95
      return [
        name === 'report' ? 'report without photo (20 at once)' : name,
        Math.round(one[name].p95),
        Math.round(ten[name].p95),
        growth.toFixed(2),
        Math.round(one[name].requestsPerSecond),
        Math.round(ten[name].requestsPerSecond),
        growth < largestGrowth ? 'yes' : 'no',
      ]
    }),
  )
