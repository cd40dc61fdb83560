import type { LoadResult } from './lib/loadTest'
import type { Measure } from './measure'
import type { BenchOptions } from './options'
import type { ScaleData } from './scaleData'

/** What every part of the bench shares: the running app, the scale data, and where findings go. */
export type BenchContext = {
  options: BenchOptions
  appUrl: string
  distDir: string
  scale: ScaleData
  /** The scale members' password (the demo password). */
  password: string
  measure: Measure
  /** Rows of the main table, in the order measured. */
  results: LoadResult[]
  /** Each measurement beside its baseline and target, one line each. */
  ratios: string[]
  notes: string[]
}
