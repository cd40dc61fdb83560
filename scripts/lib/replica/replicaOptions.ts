import path from 'node:path'

export type ReplicaOptions = {
  /** The primary, as a superuser connection (pg_basebackup and the settings checks). */
  primary: string
  /** The replica's data folder, made by pg_basebackup; kept between runs. */
  dataDir: string
  port: number
  /** Adds a `host replication` line for 127.0.0.1 to the primary's pg_hba.conf and reloads it, if missing. */
  allowReplication: boolean
  stop: boolean
}

/**
 * `npx tsx scripts/start-replica.ts -- [--primary=postgres://postgres@127.0.0.1:5432/postgres]
 * [--data-dir=.data/postgres-replica] [--port=5442] [--allow-replication] [--stop]`
 */
export const parseReplicaOptions = (args: string[]): ReplicaOptions => {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const port = Number(value('port') ?? 5442)
  if (!Number.isInteger(port) || port < 1024) throw new Error('--port must be a port number above 1023')
  return {
    primary: value('primary') ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    dataDir: path.resolve(value('data-dir') ?? '.data/postgres-replica'),
    port,
    allowReplication: args.includes('--allow-replication'),
    stop: args.includes('--stop'),
  }
}
