/**
 * The folder of PostgreSQL's client tools (`pg_dump`, `pg_restore`) when they are not the ones on PATH
 * (NTARS_PG_BIN, e.g. `/usr/lib/postgresql/18/bin`): they must be at least the server's major version.
 */
export const postgresBinDir = (): string | undefined => process.env.NTARS_PG_BIN || undefined
