import { runPostgresTool } from './runPostgresTool'

/**
 * Writes the database as it was in `snapshot` (an exported snapshot, so the dump and the manifest describe
 * the same moment) to `file` in pg_dump's custom format. Owners and grants are left out: a restore runs as
 * whichever role the target server gives it.
 */
export const dumpDatabase = ({
  databaseUrl,
  snapshot,
  file,
}: {
  databaseUrl: string
  snapshot: string
  file: string
}): Promise<void> =>
  runPostgresTool('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--snapshot=${snapshot}`,
    `--file=${file}`,
    `--dbname=${databaseUrl}`,
  ])
