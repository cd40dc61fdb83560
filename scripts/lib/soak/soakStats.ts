/** What one kind of request did during the run: latencies of every answer and how the failures looked. */
export type KindStats = { latencies: number[]; errors: number; statuses: Map<string, number> }

export type Outcome = 'ok' | 'error'

export class SoakStats {
  readonly kinds = new Map<string, KindStats>()

  record(kind: string, ms: number, outcome: Outcome, status: string) {
    let stats = this.kinds.get(kind)
    if (!stats) {
      stats = { latencies: [], errors: 0, statuses: new Map() }
      this.kinds.set(kind, stats)
    }
    stats.latencies.push(ms)
    if (outcome === 'error') stats.errors++
    stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1)
  }
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) : 0

/** The run as a markdown table: one row per kind, then all requests. */
export const statsTable = (stats: SoakStats, seconds: number): string => {
  const rows = ['| kind | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | answers |']
  rows.push('|---|---:|---:|---:|---:|---:|---:|---:|---|')
  const all: number[] = []
  let errors = 0
  for (const [kind, entry] of [...stats.kinds].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...entry.latencies].sort((a, b) => a - b)
    all.push(...sorted)
    errors += entry.errors
    const answers = [...entry.statuses].map(([status, count]) => `${status}×${count}`).join(', ')
    rows.push(
      `| ${kind} | ${sorted.length} | ${entry.errors} | ${(sorted.length / seconds).toFixed(1)} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 95).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} | ${(sorted.at(-1) ?? 0).toFixed(0)} | ${answers} |`,
    )
  }
  all.sort((a, b) => a - b)
  rows.push(
    `| **all** | ${all.length} | ${errors} | ${(all.length / seconds).toFixed(1)} | ${percentile(all, 50).toFixed(0)} | ${percentile(all, 95).toFixed(0)} | ${percentile(all, 99).toFixed(0)} | ${(all.at(-1) ?? 0).toFixed(0)} | |`,
  )
  return rows.join('\n')
}
