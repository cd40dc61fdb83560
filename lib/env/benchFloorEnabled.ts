/**
 * Whether `/members/floor`, the benchmark's floor page, answers (NTARS_BENCH_FLOOR=1, set by `npm run bench`
 * only). Everywhere else it is a 404: it shows nothing, but there is no reason for it to exist in production.
 */
export const benchFloorEnabled = (): boolean => process.env.NTARS_BENCH_FLOOR === '1'
