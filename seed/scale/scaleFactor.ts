import { type ScaleSizes, scaleSizes } from './scaleSizes'

/** Where a scale's database and description live: 1× keeps its old names, others carry the factor. */
export const scaleNames = (factor: number) =>
  factor === 1
    ? { database: 'ntars_scale', file: '.data/scale.json', uploads: '.data/scale-uploads' }
    : {
        database: `ntars_scale_x${factor}`,
        file: `.data/scale-x${factor}.json`,
        uploads: `.data/scale-x${factor}-uploads`,
      }

/**
 * The scale scheme times `factor` (`npm run seed:scale -- --factor=10`: 100,000 profiles, 2,000,000 reports,
 * 20,000 businesses, 50,000 members). The years stay five and the busy profile keeps its 600 reports: the
 * growth table (docs/benchmarks.md) asks what more data around the same pages costs, not a busier person.
 */
export const scaleSizesTimes = (factor: number): ScaleSizes => ({
  ...scaleSizes,
  businesses: scaleSizes.businesses * factor,
  members: scaleSizes.members * factor,
  offenders: scaleSizes.offenders * factor,
  incidents: scaleSizes.incidents * factor,
})

/** `--factor=N` from the command line: a whole number from 1 to 20, 1 when absent. */
export const parseScaleFactor = (args: string[]): number => {
  const raw = args.find((arg) => arg.startsWith('--factor='))?.slice('--factor='.length)
  if (raw === undefined) return 1
  const factor = Number(raw)
  if (!Number.isInteger(factor) || factor < 1 || factor > 20) {
    throw new Error(`--factor must be a whole number from 1 to 20 (got "${raw}").`)
  }
  return factor
}
