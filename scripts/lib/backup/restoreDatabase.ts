import { runPostgresTool } from './runPostgresTool'

/**
 * Loads a custom-format dump into an empty database in one transaction: it either arrives whole or leaves
 * the target as empty as it was.
 */
export const restoreDatabase = ({
  databaseUrl,
  file,
}: {
  databaseUrl: string
  file: string
}): Promise<void> =>
  runPostgresTool('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${databaseUrl}`,
    file,
  ])
