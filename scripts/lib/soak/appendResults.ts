import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const heading = `# Benchmarks and soak results

Figures from \`bench/\` and \`npm run soak\` runs, newest last. Each run says the machine it ran on.

## Soak and faults

\`npm run soak\` (scripts/soak.ts, docs/soak-and-faults.md): virtual members sign in, browse the gallery and file
reports through the report form's server action against a production build; then every acknowledged report
is checked in the database and on the file store.
`

/** Appends one run's section to bench/RESULTS.md (created with its heading on first use). */
export const appendResults = (file: string, command: string, body: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  if (!existsSync(file)) writeFileSync(file, heading)
  const memoryGb = (os.totalmem() / 1024 ** 3).toFixed(0)
  const machine = `${os.availableParallelism()} cores (nproc), ${memoryGb} GB memory, ${os.cpus()[0]?.model ?? 'unknown CPU'}`
  appendFileSync(
    file,
    `\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n- machine: ${machine}\n- command: \`${command}\`\n\n${body}\n`,
  )
}
