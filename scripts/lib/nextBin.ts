import path from 'node:path'

/** Next's command-line entry, run with `node` directly so the process is Next itself, not an npx wrapper. */
export const nextBin = path.resolve('node_modules/next/dist/bin/next')
