import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const fileHeading = '# Benchmark results\n'
const sectionHeading = `## Soak and faults

\`npm run soak\` (scripts/soak.ts, docs/soak-and-faults.md): virtual members sign in, browse the gallery and file
reports through the report form's server action against a production build; then every acknowledged report
is checked in the database and on the file store. The machine is shared (2 cores, other engineers' builds and
tests running at the same time), so runs are kept to a minute or two and latencies include that noise.
`

/**
 * Adds one run to the "Soak and faults" section of bench/RESULTS.md, which `npm run bench` also writes to:
 * the run goes at the end of that section (created on first use), wherever it sits in the file.
 */
export const appendResults = (file: string, command: string, body: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  const current = existsSync(file) ? readFileSync(file, 'utf8').trimEnd() : fileHeading.trimEnd()
  const memoryGb = (os.totalmem() / 1024 ** 3).toFixed(0)
  const machine = `${os.availableParallelism()} cores (nproc), ${memoryGb} GB memory, ${os.cpus()[0]?.model ?? 'unknown CPU'}`
  const run = `### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n- machine: ${machine}\n- command: \`${command}\`\n\n${body.trimEnd()}\n`
  const start = current.indexOf('\n## Soak and faults')
  if (start < 0) {
    writeFileSync(file, `${current}\n\n${sectionHeading}\n${run}`)
    return
  }
  const next = current.indexOf('\n## ', start + 1)
  const end = next < 0 ? current.length : next
  writeFileSync(file, `${current.slice(0, end).trimEnd()}\n\n${run}${current.slice(end)}\n`)
}
