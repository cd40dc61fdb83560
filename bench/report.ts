import os from 'node:os'
import type { BenchContext } from './benchContext'
import { markdownTable } from './lib/markdownTable'
import type { FrontendFigures } from './scenarios/frontend'

const round = (value: number) => (Number.isNaN(value) ? '–' : Math.round(value))

/** The run as markdown: the load table, the ratios and notes, first-load JS and Lighthouse. */
export const benchReport = (
  { options, appUrl, scale, results, ratios, notes }: BenchContext,
  { weights, audits }: FrontendFigures,
): string => {
  const table = markdownTable(
    ['what', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'server peak MB'],
    results.map((r) => [
      r.label,
      r.connections,
      round(r.requestsPerSecond),
      round(r.p50),
      round(r.p95),
      round(r.p99),
      r.errors,
      r.peakMemoryMb ?? '–',
    ]),
  )
  const weightTable = weights.length
    ? markdownTable(
        ['route', 'scripts', 'first-load JS (kB gzip)'],
        weights.map((w) => [w.route, w.scripts, w.kilobytes]),
      )
    : '(First-load JS skipped: --only)'
  const lighthouseTable = audits.length
    ? markdownTable(
        ['page (mobile)', 'performance', 'accessibility'],
        audits.map((a) => [a.url.replace(appUrl, ''), round(a.performance), round(a.accessibility)]),
      )
    : '(Lighthouse skipped: --quick or --only)'
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  const { quick, only, runs, seconds } = options
  return [
    `## Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${quick ? ' (quick smoke)' : ''}${only ? ` (only ${only.join(', ')})` : ''}`,
    '',
    `Machine: ${machine}. Data: ${JSON.stringify(scale.sizes)}.`,
    `autocannon, ${runs} run(s) of ${seconds} s after a warm-up, medians.`,
    '',
    table,
    '',
    ...ratios.map((line) => `- ${line}`),
    ...notes.map((line) => `- ${line}`),
    '',
    weightTable,
    '',
    lighthouseTable,
    '',
  ].join('\n')
}
