import { type LoadResult, type LoadSpec, loadTest } from './lib/loadTest'
import { log } from './log'
import type { BenchOptions } from './options'

export type Measure = (
  spec: Omit<LoadSpec, 'seconds' | 'serverPid'>,
  watchServer?: boolean,
) => Promise<LoadResult>

/**
 * Measures one path: a warm-up (caches, JIT and connection pools filled before anything is counted; one
 * request per connection when the spec counts requests, so nothing from it is still running when counting
 * starts), then the counted runs, watching the server's memory unless told not to. Each result is kept.
 */
export const createMeasure =
  (options: BenchOptions, serverPid: number, results: LoadResult[]): Measure =>
  async (spec, watchServer = true) => {
    log(`${spec.label}…`)
    await loadTest(
      { ...spec, seconds: options.quick ? 1 : 3, amount: spec.amount ? spec.connections : undefined },
      1,
    )
    const result = await loadTest(
      { ...spec, seconds: options.seconds, serverPid: watchServer ? serverPid : undefined },
      options.runs,
    )
    results.push(result)
    return result
  }
