import { execFileSync } from 'node:child_process'

/**
 * Runs a PostgreSQL server tool as the `postgres` OS account when this process is root (PostgreSQL refuses
 * to run as root, and its data folder must belong to the account that runs it), as is otherwise.
 */
export const asPostgresUser = (
  command: string,
  args: string[],
  options: { quiet?: boolean } = {},
): string => {
  const asRoot = process.getuid?.() === 0
  const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  return execFileSync(file, fullArgs, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', options.quiet ? 'pipe' : 'inherit'],
  })
}
