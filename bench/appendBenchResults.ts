import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const resultsFile = 'bench/RESULTS.md'

/** Adds one run's report to the end of bench/RESULTS.md. */
export const appendBenchResults = (report: string) => {
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').trimEnd() : '# Results'
  writeFileSync(resultsFile, `${previous}\n\n${report}`)
}
